package org.medopt.taper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.medopt.taper.TaperFixture.CITALOPRAM;
import static org.medopt.taper.TaperFixture.RISPERIDONE;
import static org.medopt.taper.TaperFixture.SERTRALINE;
import static org.medopt.taper.TaperFixture.doses;
import static org.medopt.taper.TaperFixture.mg;
import static org.medopt.taper.TaperFixture.plan;
import static org.medopt.taper.TaperFixture.request;
import static org.medopt.taper.TaperFixture.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Golden plans whose numbers were worked out by hand from the cited sources, not from the planner. */
@DisplayName("Planning a taper")
class TaperPlannerTests {

    @Nested
    @DisplayName("proportionally (each step a fixed share of the most recent dose)")
    class Proportional {

        @Test
        @DisplayName("at 10% from citalopram 20 mg aims at 18, 16.2 and 14.58 mg (the '10% of the most recent dose' rule)")
        void tenPercent() {
            TaperPlan plan = plan(request(CITALOPRAM, "20").method(TaperMethod.PROPORTIONAL));

            assertThat(targets(plan).subList(0, 3)).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(mg("18"), mg("16.2"), mg("14.58"));
            // 10 mg/5 mL solution: 0.1 mL holds 0.2 mg, so 14.58 mg is made as 14.6 mg (0.1% off).
            assertThat(doses(plan).subList(0, 3)).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(mg("18"), mg("16.2"), mg("14.6"));
            assertThat(plan.steps().get(2).dosing().get(0).howToTake())
                    .isEqualTo("one 10 mg tablet + 2.3 mL of 10 mg/5 mL oral solution");
        }

        @Test
        @DisplayName("at 50% halves risperidone 8 → 4 → 2 → 1 → 0.5 → 0.25 → 0.125 → 0 mg (Horowitz, Murray & Taylor 2020)")
        void halving() {
            TaperPlan plan = plan(request(RISPERIDONE, "8").method(TaperMethod.PROPORTIONAL).pace(mg("50"))
                    .finalDose(mg("0.125")));

            assertThat(doses(plan)).usingElementComparator(BigDecimal::compareTo).containsExactly(mg("4"), mg("2"),
                    mg("1"), mg("0.5"), mg("0.25"), mg("0.125"), BigDecimal.ZERO);
            assertThat(plan.steps().get(5).dosing().get(0).howToTake()).isEqualTo("half of a 0.25 mg tablet");
            assertThat(plan.complete()).isTrue();
            assertThat(plan.finalMilligrams()).isEqualByComparingTo("0.125");
        }

        @Test
        @DisplayName("without a chosen final dose stops from the smallest dose the products make of at least 1/40 of the start")
        void defaultFinalDose() {
            // 8 mg / 40 = 0.2 mg; the products make 0.2 mg (0.2 mL of 1 mg/mL solution).
            TaperPlan plan = plan(request(RISPERIDONE, "8").method(TaperMethod.PROPORTIONAL).pace(mg("50")));

            assertThat(plan.finalMilligrams()).isEqualByComparingTo("0.2");
            assertThat(plan.explanation()).anyMatch(line -> line.contains("1/40") && line.contains("Horowitz"));
        }

        @Test
        @DisplayName("dates each step for four weeks by default, the stop included")
        void dates() {
            TaperPlan plan = plan(request(RISPERIDONE, "1").method(TaperMethod.PROPORTIONAL).pace(mg("50")));

            assertThat(plan.steps().get(0).start()).isEqualTo(LocalDate.of(2027, 1, 4));
            assertThat(plan.steps().get(0).end()).isEqualTo(LocalDate.of(2027, 1, 31));
            assertThat(plan.steps().get(1).start()).isEqualTo(LocalDate.of(2027, 2, 1));
            assertThat(plan.last().stop()).isTrue();
            assertThat(plan.last().limit()).isEqualTo(StepLimit.STOP);
        }
    }

    @Nested
    @DisplayName("hyperbolically (equal steps of estimated occupancy)")
    class Hyperbolic {

        private final TaperPlan plan = plan(request(CITALOPRAM, "20").pace(mg("50")).compounded(mg("0.1")));

        @Test
        @DisplayName("aims the first step of citalopram 20 mg at 75.2% − 5 points: 2.33 × 70.22 / (83.98 − 70.22) = 11.89 mg")
        void firstStep() {
            TaperStep first = plan.steps().get(0);
            assertThat(first.targetMilligrams().doubleValue()).isCloseTo(11.888, within(0.001));
            assertThat(first.limit()).isEqualTo(StepLimit.OCCUPANCY_STEP);
            assertThat(first.gapFlagged()).isFalse();
        }

        @Test
        @DisplayName("stops from the largest dose whose occupancy is at most one step: 5% ↔ 0.1475 mg, so 0.14 mg (4.8%)")
        void finalDose() {
            assertThat(plan.finalMilligrams()).isEqualByComparingTo("0.14");
            assertThat(plan.steps().get(plan.steps().size() - 2).occupancyPercent()).isEqualByComparingTo("4.8");
            assertThat(plan.complete()).isTrue();
        }

        @Test
        @DisplayName("lowers estimated occupancy by about 5 points at each step the occupancy step sets")
        void equalOccupancySteps() {
            List<TaperStep> steps = plan.steps();
            for (int i = 1; i < steps.size() - 1; i++) {
                if (steps.get(i).limit() == StepLimit.OCCUPANCY_STEP && !steps.get(i).gapFlagged()) {
                    double fall = steps.get(i - 1).occupancyPercent().subtract(steps.get(i).occupancyPercent()).doubleValue();
                    assertThat(fall).as("step %d", i + 1).isCloseTo(5, within(1.0));
                }
            }
        }

        @Test
        @DisplayName("at a 10% pace equals the proportional plan for citalopram: a 10% cut lowers its occupancy by at most 2.2 points")
        void paceBindsFirst() {
            // The fall E·K·0.1d / ((K + d)(K + 0.9d)) peaks at d = K/√0.9 = 2.46 mg: 83.98·2.33·0.246 / (4.79·4.54) = 2.2.
            TaperPlan hyperbolic = plan(request(CITALOPRAM, "20").compounded(mg("0.1")));
            TaperPlan proportional = plan(request(CITALOPRAM, "20").compounded(mg("0.1")).method(TaperMethod.PROPORTIONAL)
                    .finalDose(hyperbolic.finalMilligrams()));
            assertThat(doses(hyperbolic)).isEqualTo(doses(proportional));
        }

        @Test
        @DisplayName("without a checked occupancy curve reduces proportionally and says so")
        void withoutCurve() {
            TaperPlan withoutCurve = plan(request(SERTRALINE, "100"));
            assertThat(withoutCurve.warnings()).anyMatch(w -> w.contains("no checked dose–occupancy curve"));
            assertThat(withoutCurve.steps()).allMatch(s -> s.occupancyPercent() == null);
        }
    }

    @Nested
    @DisplayName("linearly (equal cuts in mg)")
    class Linear {

        private final TaperPlan plan = plan(request(CITALOPRAM, "20").method(TaperMethod.LINEAR));

        @Test
        @DisplayName("cuts 2 mg at each step from 20 mg at a 10% pace, down to zero")
        void equalCuts() {
            assertThat(doses(plan)).usingElementComparator(BigDecimal::compareTo).containsExactly(mg("18"), mg("16"),
                    mg("14"), mg("12"), mg("10"), mg("8"), mg("6"), mg("4"), mg("2"), BigDecimal.ZERO);
        }

        @Test
        @DisplayName("warns at each step whose cut is more than the pace of its own previous dose, and for the plan")
        void warnsLateSteps() {
            assertThat(plan.steps().get(0).warnings()).isEmpty();
            assertThat(plan.steps().get(8).warnings()).singleElement().asString()
                    .contains("50% of the dose before it").contains("late steps become large relative to the dose");
            assertThat(plan.warnings()).anyMatch(w -> w.startsWith("Linear"));
        }
    }

    @Test
    @DisplayName("makes a chosen final dose the liquid cannot measure exactly as the nearest dose within 5%, once: "
            + "2.5 mg of citalopram is 1.3 mL of 2 mg/mL, 2.6 mg")
    void finalDoseMadeOnce() {
        TaperPlan plan = plan(request(CITALOPRAM, "20").pace(mg("25")).method(TaperMethod.PROPORTIONAL)
                .finalDose(mg("2.5")));

        assertThat(plan.finalMilligrams()).isEqualByComparingTo("2.6");
        assertThat(plan.steps()).filteredOn(s -> s.limit() == StepLimit.FINAL_DOSE).hasSize(1);
        assertThat(plan.explanation()).anyMatch(e -> e.contains("nearest to the clinician's 2.5 mg"));
    }

    @Nested
    @DisplayName("when the products cannot make a step within the pace")
    class Incomplete {

        @Test
        @DisplayName("stops there, incomplete, and names the liquid to add, rather than cut more than the pace")
        void tabletsOnly() {
            TaperPlan plan = plan(request(SERTRALINE, "50").products(SERTRALINE.products().subList(0, 3)).pace(mg("50"))
                    .method(TaperMethod.PROPORTIONAL).finalDose(mg("12.5")));

            assertThat(doses(plan)).usingElementComparator(BigDecimal::compareTo).containsExactly(mg("25"));
            assertThat(plan.complete()).isFalse();
            assertThat(plan.finalMilligrams()).as("the final dose it aimed for").isEqualByComparingTo("12.5");
            assertThat(plan.problems()).containsExactly("Below 25 mg the chosen products of sertraline cannot make a "
                    + "reduction within 50% of the most recent dose; add the 20 mg/mL oral concentrate or a "
                    + "pharmacy-compounded oral liquid.");
        }
    }

    @Test
    @DisplayName("keeps each time of day's share as the dose falls: 15 mg as 10 + 5 becomes 9 + 4.5 at 10%")
    void keepsShares() {
        TaperPlan plan = plan(request(CITALOPRAM, "15").method(TaperMethod.PROPORTIONAL)
                .takenAs(Administration.of("morning", "10"), Administration.of("evening", "5")));

        TaperStep first = plan.steps().get(0);
        assertThat(first.milligrams()).isEqualByComparingTo("13.6");
        assertThat(first.dosing()).extracting(Dosing::time).containsExactly("morning", "evening");
        assertThat(first.dosing().get(0).milligrams().doubleValue()).isCloseTo(9, within(0.2));
        assertThat(first.dosing().get(1).milligrams().doubleValue()).isCloseTo(4.5, within(0.2));
    }
}
