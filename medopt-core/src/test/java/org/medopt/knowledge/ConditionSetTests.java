package org.medopt.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A condition set")
class ConditionSetTests {

    private static final KnowledgeSource CHECKED = new KnowledgeSource("c", "Checked", null, Verification.SECONDARY, null);
    private static final KnowledgeSource UNSURE = new KnowledgeSource("u", "Unsure", null, Verification.UNVERIFIED, null);
    private static final ConditionSet EPILEPSY = new ConditionSet("seizure-disorder", "Seizure disorder", List.of("G40"),
            List.of("84757009"), List.of(CHECKED));

    @Test
    @DisplayName("takes in every ICD-10-CM code under its prefixes and exactly its SNOMED CT concepts")
    void contains() {
        assertThat(EPILEPSY.contains(ConditionSet.ICD_10_CM, "G40.909")).isTrue();
        assertThat(EPILEPSY.contains(ConditionSet.ICD_10_CM, "g40.9")).isTrue();
        assertThat(EPILEPSY.contains(ConditionSet.ICD_10_CM, "G43.909")).isFalse();
        assertThat(EPILEPSY.contains(ConditionSet.SNOMED_CT, "84757009")).isTrue();
        assertThat(EPILEPSY.contains(ConditionSet.SNOMED_CT, "847570091")).isFalse();
        assertThat(EPILEPSY.contains(ConditionSet.SNOMED_CT, "G40")).isFalse();
    }

    @Test
    @DisplayName("may be used by rules only when none of its sources is unverified")
    void firm() {
        assertThat(EPILEPSY.firm()).isTrue();
        assertThat(new ConditionSet("x", "X", List.of("G40"), List.of(), List.of(CHECKED, UNSURE)).firm()).isFalse();
    }
}
