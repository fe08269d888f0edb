package org.medopt.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Checks on the shipped rules file itself, whatever per-drug facts the catalog holds. */
@DisplayName("The shipped review rules")
class ShippedReviewRulesTests {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();

    @Test
    @DisplayName("load with the catalog under the same version")
    void sameVersion() {
        assertThat(KNOWLEDGE.reviewRules().version()).isEqualTo(KNOWLEDGE.catalog().version());
        assertThat(KNOWLEDGE.rules()).hasSameSizeAs(KNOWLEDGE.reviewRules().rules());
    }

    @Test
    @DisplayName("cover every finding category")
    void coverEveryCategory() {
        assertThat(KNOWLEDGE.rules()).extracting(ReviewRule::category)
                .containsAll(Arrays.asList(FindingCategory.values()));
    }

    @Test
    @DisplayName("always suggest talking it over with the person, and cite at least one source")
    void talkWithThePerson() {
        assertThat(KNOWLEDGE.reviewRules().rules()).allSatisfy(rule -> {
            assertThat(rule.considerations()).as(rule.id()).anyMatch(c -> c.contains("with the person"));
            assertThat(rule.rule().sources()).as(rule.id()).isNotEmpty();
        });
    }

    @Test
    @DisplayName("define the five monitoring protocols the drugs refer to")
    void defineProtocols() {
        assertThat(KNOWLEDGE.reviewRules().protocols().keySet()).containsExactlyInAnyOrder(
                "antipsychotic-metabolic", "lithium", "clozapine-anc", "valproate", "carbamazepine");
    }

    @Test
    @DisplayName("list each monitored test once with its LOINC code, name and unit, for entering lab results")
    void listMonitoredTests() {
        assertThat(KNOWLEDGE.monitoredTests()).extracting(MonitoredTest::loinc).doesNotHaveDuplicates()
                .contains("14334-7", "751-8", "39156-5", "777-3");
        assertThat(KNOWLEDGE.monitoredTests()).allSatisfy(t -> assertThat(t.unit()).as(t.loinc()).isNotBlank());
    }

    @Test
    @DisplayName("keep from firing exactly the rules that rest on an unverified source")
    void unverifiedRulesCannotFire() {
        assertThat(KNOWLEDGE.reviewRules().rules()).filteredOn(r -> !r.firm()).extracting(RuleDefinition::id)
                .containsExactlyInAnyOrder("opioid-cns-depressant", "beers-paroxetine", "anticholinergic-burden",
                        "long-term-z-drug");
    }
}
