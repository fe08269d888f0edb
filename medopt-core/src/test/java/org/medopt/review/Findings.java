package org.medopt.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

/** Assertions on review results, in the terms tests state expectations: a rule fires for these drugs, or does not. */
final class Findings {

    private static final MedicationReview REVIEW = new MedicationReview(Fixture.KNOWLEDGE);

    private Findings() {
    }

    static ReviewResult review(List<ReviewedMedication> medications, PersonContext person) {
        return REVIEW.review(medications, person);
    }

    static void assertFires(ReviewResult result, String ruleId, String... drugNames) {
        List<String> rxcuis = Arrays.stream(drugNames).map(Fixture::rxcui).sorted().toList();
        assertThat(result.findings()).as("findings of " + ruleId)
                .anyMatch(f -> f.ruleId().equals(ruleId) && f.rxcuis().equals(rxcuis));
    }

    static void assertSilent(ReviewResult result, String ruleId) {
        assertThat(result.findings()).as("findings of " + ruleId).noneMatch(f -> f.ruleId().equals(ruleId));
    }

    static Finding only(ReviewResult result, String ruleId) {
        List<Finding> of = result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(of).as("findings of " + ruleId).hasSize(1);
        return of.get(0);
    }
}
