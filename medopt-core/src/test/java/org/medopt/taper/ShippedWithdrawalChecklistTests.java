package org.medopt.taper;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medopt.knowledge.DrugCatalog;
import org.medopt.knowledge.DrugClass;
import org.medopt.knowledge.KnowledgeSource;

/** Checks on the shipped check-in file itself. */
@Tag("shipped-data")
@DisplayName("The shipped withdrawal check-in")
class ShippedWithdrawalChecklistTests {

    private static final DrugCatalog CATALOG = DrugCatalog.load();
    private static final WithdrawalChecklist CHECKLIST = WithdrawalChecklist.load(CATALOG);

    @Test
    @DisplayName("loads under the drug catalog's version")
    void sameVersion() {
        assertThat(CHECKLIST.version()).isEqualTo(CATALOG.version());
    }

    @Test
    @DisplayName("cites, for every item and every rule, at least one source the file defines")
    void everythingCited() {
        List<KnowledgeSource> defined = CHECKLIST.sources();
        assertThat(CHECKLIST.items()).allSatisfy(item ->
                assertThat(item.sources()).as(item.id()).isNotEmpty().isSubsetOf(defined));
        assertThat(CHECKLIST.rules()).allSatisfy(rule ->
                assertThat(rule.sources()).as(rule.id()).isNotEmpty().isSubsetOf(defined));
    }

    @Test
    @DisplayName("rests every item on at least one source that was seen, not only on unverified ones")
    void itemsRestOnSeenSources() {
        assertThat(CHECKLIST.items()).allSatisfy(item ->
                assertThat(item.sources()).as(item.id()).anyMatch(KnowledgeSource::firm));
    }

    @Test
    @DisplayName("labels every rule's threshold as from a source or as MedOpt's own choice, with a text saying which")
    void thresholdsLabelled() {
        assertThat(CHECKLIST.rules()).allSatisfy(rule -> {
            assertThat(rule.basis()).as(rule.id()).isNotNull();
            assertThat(rule.thresholdText()).as(rule.id()).isNotBlank();
        });
    }

    @Test
    @DisplayName("lists its rules in the documented order of precedence")
    void precedence() {
        assertThat(CHECKLIST.rules()).extracting(AdaptationRule::id)
                .containsExactly("intolerable", "safety-thoughts", "severe-symptoms", "rising-symptoms",
                        "moderate-symptoms", "pause-request", "slow-down-request", "resume-request", "stable",
                        "no-check-in");
    }

    @Test
    @DisplayName("uses the issue's own scale words: none, mild, moderate, severe")
    void severityWords() {
        assertThat(List.of(0, 1, 2, 3)).extracting(CHECKLIST::severityWord)
                .containsExactly("none", "mild", "moderate", "severe");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DrugClass.class, names = {"ANTIDEPRESSANT", "BENZODIAZEPINE", "Z_DRUG", "ANTIPSYCHOTIC"})
    @DisplayName("asks 8 to 14 items in each drug group, short enough for a phone")
    void phoneSized(DrugClass group) {
        assertThat(CHECKLIST.itemsFor(Set.of(group))).hasSizeBetween(8, 14);
    }

    @Test
    @DisplayName("asks about dizziness for sertraline (an antidepressant) but not about light or sound sensitivity")
    void itemsForADrug() {
        var sertraline = CATALOG.byName("sertraline").orElseThrow();
        assertThat(CHECKLIST.itemsFor(sertraline)).extracting(ChecklistItem::id)
                .contains("dizziness").doesNotContain("sensitivity");
    }

    @Test
    @DisplayName("marks the thoughts-of-self-harm question as one that alerts the team at any rating")
    void safetyQuestion() {
        assertThat(CHECKLIST.items()).filteredOn(ChecklistItem::alertAtAnyRating).extracting(ChecklistItem::id)
                .containsExactly("self-harm-thoughts");
    }
}
