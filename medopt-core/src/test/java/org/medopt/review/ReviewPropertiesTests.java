package org.medopt.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.KnowledgeBase;
import org.medopt.knowledge.Verification;
import org.medopt.person.Sex;

/** Properties over 300 random lists and persons drawn with a fixed seed, so a failure can be replayed. */
@DisplayName("For any medication list and person")
class ReviewPropertiesTests {

    private static final long SEED = 20261123L;
    private static final MedicationReview REVIEW = new MedicationReview(Fixture.KNOWLEDGE);
    private static final List<Drug> DRUGS = Fixture.KNOWLEDGE.catalog().drugs();
    private static final List<String> UNRELATED = List.of("metformin", "atorvastatin");

    record Case(int number, List<ReviewedMedication> medications, PersonContext person) {
        @Override
        public String toString() {
            return "case " + number;
        }
    }

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        return IntStream.range(0, 300).mapToObj(i -> randomCase(i, random));
    }

    private static Case randomCase(int number, Random random) {
        List<ReviewedMedication> medications = new ArrayList<>();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            Drug drug = DRUGS.get(random.nextInt(DRUGS.size()));
            if (UNRELATED.contains(drug.name())) {
                continue;
            }
            LocalDate start = Fixture.REVIEW_DATE.minusDays(random.nextInt(800));
            LocalDate stop = random.nextInt(5) == 0 ? Fixture.REVIEW_DATE.plusDays(random.nextInt(60) - 30) : null;
            medications.add(new ReviewedMedication(drug.rxcui(), drug.name(), null, start, stop));
        }
        Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        PersonContext person = Fixture.person(2 + random.nextInt(90), sex, sex == Sex.FEMALE && random.nextInt(10) == 0,
                List.of(), List.of());
        return new Case(number, medications, person);
    }

    @ParameterizedTest
    @MethodSource("cases")
    @DisplayName("the order of the medications never changes the findings")
    void orderDoesNotMatter(Case c) {
        List<ReviewedMedication> reversed = new ArrayList<>(c.medications());
        Collections.reverse(reversed);
        List<ReviewedMedication> shuffled = new ArrayList<>(c.medications());
        Collections.shuffle(shuffled, new Random(SEED + c.number()));
        ReviewResult original = REVIEW.review(c.medications(), c.person());
        assertThat(REVIEW.review(reversed, c.person())).isEqualTo(original);
        assertThat(REVIEW.review(shuffled, c.person())).isEqualTo(original);
    }

    @ParameterizedTest
    @MethodSource("cases")
    @DisplayName("adding an unrelated drug never removes a finding")
    void unrelatedDrugRemovesNothing(Case c) {
        List<ReviewedMedication> more = new ArrayList<>(c.medications());
        more.add(Fixture.taking(UNRELATED.get(c.number() % UNRELATED.size())));
        List<String> before = keys(REVIEW.review(c.medications(), c.person()));
        assertThat(keys(REVIEW.review(more, c.person()))).containsAll(before);
    }

    @ParameterizedTest
    @MethodSource("cases")
    @DisplayName("no finding rests on an unverified fact: with every fact unverified only the catalog's psychotropic mark counts")
    void unverifiedFactsNeverFire(Case c) {
        ReviewResult result = new MedicationReview(Unverified.KNOWLEDGE).review(c.medications(), c.person());
        assertThat(result.findings()).extracting(Finding::ruleId).allMatch(List.of(
                "pediatric-four-psychotropics", "pediatric-very-young", "polypharmacy-three-psychotropics")::contains);
        assertThat(REVIEW.review(c.medications(), c.person()).findings())
                .allSatisfy(f -> assertThat(f.citations()).noneMatch(x -> x.verification() == Verification.UNVERIFIED));
    }

    private static List<String> keys(ReviewResult result) {
        return result.findings().stream().map(Finding::key).toList();
    }

    /** Built once: the fixture with every fact, code and class cited to an unverified source. */
    private static final class Unverified {
        static final KnowledgeBase KNOWLEDGE = Fixture.unverified();
    }
}
