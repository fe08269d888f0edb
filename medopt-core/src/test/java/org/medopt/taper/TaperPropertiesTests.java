package org.medopt.taper;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.medopt.knowledge.Drug;

/** Properties over 300 random requests drawn with a fixed seed, so a failure can be replayed. */
@DisplayName("For any taper request with a liquid to make small doses")
class TaperPropertiesTests {

    private static final long SEED = 20270104L;
    private static final List<Drug> DRUGS = List.of(TaperFixture.CITALOPRAM, TaperFixture.FLUOXETINE,
            TaperFixture.PAROXETINE, TaperFixture.SERTRALINE, TaperFixture.RISPERIDONE, TaperFixture.LORAZEPAM,
            TaperFixture.DIAZEPAM);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    record Case(int number, TaperRequest request, TaperPlan plan) {
        @Override
        public String toString() {
            return "case " + number + ": " + request.drug().name() + " " + request.dailyMilligrams() + " mg, "
                    + request.method().code() + " " + request.pacePercent() + "%";
        }
    }

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        return IntStream.range(0, 300).mapToObj(i -> randomCase(i, random));
    }

    private static Case randomCase(int number, Random random) {
        Drug drug = DRUGS.get(random.nextInt(DRUGS.size()));
        BigDecimal strength = drug.products().get(random.nextInt(drug.products().size())).strength();
        BigDecimal daily = strength.multiply(BigDecimal.valueOf(1 + random.nextInt(4)));
        // A compounded liquid whose 10 mL (the most measured at once) hold 1/10 of the dose and whose 0.1 mL hold
        // 1/1000 of it, so doses down to 1/40 of the start can still be cut by 5% or less.
        BigDecimal compounded = daily.divide(BigDecimal.valueOf(100), 3, RoundingMode.HALF_UP).max(new BigDecimal("0.001"));
        TaperRequest.Builder request = TaperRequest.of(drug, daily, TaperFixture.START)
                .method(random.nextBoolean() ? TaperMethod.HYPERBOLIC : TaperMethod.PROPORTIONAL)
                .pace(BigDecimal.valueOf(5 + random.nextInt(46)))
                .compounded(compounded);
        if (random.nextInt(3) == 0) {
            BigDecimal morning = daily.divide(BigDecimal.valueOf(2));
            request.takenAs(new Administration("morning", morning), new Administration("evening", daily.subtract(morning)));
        }
        TaperRequest built = request.build();
        return new Case(number, built, TaperFixture.PLANNER.plan(built));
    }

    @ParameterizedTest
    @MethodSource("cases")
    @DisplayName("doses never rise, and every cut but the stop is within the pace of the previous dose")
    void withinPace(Case c) {
        BigDecimal previous = c.request().dailyMilligrams();
        for (TaperStep step : c.plan().steps()) {
            assertThat(step.milligrams()).as("step %d", step.number()).isLessThan(previous);
            if (!step.stop()) {
                BigDecimal cutPercent = previous.subtract(step.milligrams()).multiply(HUNDRED);
                assertThat(cutPercent).as("step %d", step.number())
                        .isLessThanOrEqualTo(c.request().pacePercent().multiply(previous));
            }
            previous = step.milligrams();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    @DisplayName("every dose is made with the listed products within 5% of its target, or flagged")
    void achievable(Case c) {
        for (TaperStep step : c.plan().steps()) {
            BigDecimal made = step.dosing().stream().map(Dosing::milligrams).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(made).as("step %d", step.number()).isEqualByComparingTo(step.milligrams());
            assertThat(step.gapFlagged()).as("step %d", step.number())
                    .isEqualTo(step.gapPercent().abs().compareTo(BigDecimal.valueOf(5)) > 0);
            assertThat(step.dosing()).allSatisfy(d -> assertThat(d.howToTake()).isNotBlank());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    @DisplayName("a complete plan ends at zero, after the final dose it names")
    void endsAtZero(Case c) {
        if (c.plan().complete()) {
            List<TaperStep> steps = c.plan().steps();
            assertThat(c.plan().last().stop()).isTrue();
            assertThat(steps.get(steps.size() - 2).milligrams()).isEqualByComparingTo(c.plan().finalMilligrams());
        } else {
            assertThat(c.plan().problems()).isNotEmpty();
            assertThat(c.plan().steps()).noneMatch(TaperStep::stop);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    @DisplayName("hyperbolic cuts in mg shrink as the dose falls, allowing for the gap between target and made dose")
    void hyperbolicCutsShrink(Case c) {
        if (c.request().method() != TaperMethod.HYPERBOLIC) {
            return;
        }
        List<TaperStep> steps = c.plan().steps().stream().filter(s -> !s.stop()).toList();
        BigDecimal previousDose = c.request().dailyMilligrams();
        BigDecimal previousCut = null;
        BigDecimal previousSlack = BigDecimal.ZERO;
        for (TaperStep step : steps) {
            BigDecimal cut = previousDose.subtract(step.milligrams());
            BigDecimal slack = step.milligrams().subtract(step.targetMilligrams()).abs();
            if (previousCut != null) {
                assertThat(cut).as("step %d", step.number()).isLessThanOrEqualTo(previousCut.add(slack).add(previousSlack));
            }
            previousDose = step.milligrams();
            previousCut = cut;
            previousSlack = slack;
        }
    }

    @Test
    @DisplayName("most such plans reach zero; the others stop where one liquid, at most 10 mL at a time, cannot make the cut")
    void mostComplete() {
        // 228 of the 300 complete with this seed. The rest stop short, saying so, where neither the marketed liquid
        // nor the compounded one (one liquid per dose time) can make a cut within the pace: e.g. lorazepam 2 mg at
        // 13% stops at 0.5 mg, as 2 mg/mL in 0.1 mL is 0.2 mg and 10 mL of 0.02 mg/mL is only 0.2 mg.
        assertThat(cases().filter(c -> c.plan().complete()).count()).isGreaterThan(200);
    }
}
