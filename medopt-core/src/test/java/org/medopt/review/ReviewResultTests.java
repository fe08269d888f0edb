package org.medopt.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medopt.review.Findings.review;
import static org.medopt.review.Fixture.adult;
import static org.medopt.review.Fixture.list;
import static org.medopt.review.Fixture.stoppingInDays;
import static org.medopt.review.Fixture.taking;

import java.util.Comparator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.knowledge.Verification;

@DisplayName("A review result")
class ReviewResultTests {

    @Test
    @DisplayName("names medicines that are not coded or not in the catalog as not checked")
    void notChecked() {
        var result = review(list(taking("sertraline"), new ReviewedMedication(null, "Grandma's tonic", null, null, null),
                new ReviewedMedication("99999999", "Unknownex", null, null, null)), adult());
        assertThat(result.notChecked()).containsExactly("Grandma's tonic", "Unknownex");
    }

    @Test
    @DisplayName("ignores a medicine stopped before the review date")
    void ignoresStopped() {
        var result = review(list(taking("phenelzine"), stoppingInDays("sertraline", -1)), adult());
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("serotonin-toxicity-maoi"));
    }

    @Test
    @DisplayName("lists the most severe findings first, then by category, rule and drugs")
    void sorted() {
        var result = review(list(taking("phenelzine"), taking("sertraline"), taking("fluoxetine"), taking("quetiapine"),
                taking("risperidone"), taking("lorazepam")), adult());
        assertThat(result.findings()).isSortedAccordingTo(Comparator.comparing(Finding::severity)
                .thenComparing(Finding::category).thenComparing(Finding::ruleId)
                .thenComparing(f -> String.join("+", f.rxcuis())));
        assertThat(result.findings().get(0).ruleId()).isEqualTo("serotonin-toxicity-maoi");
    }

    @Test
    @DisplayName("carries the knowledge-base version, citations with their verification, and talking it over with the person")
    void explainsItself() {
        var result = review(list(taking("phenelzine"), taking("sertraline")), adult());
        assertThat(result.knowledgeVersion()).isEqualTo(Fixture.KNOWLEDGE.version());
        assertThat(result.findings()).allSatisfy(f -> {
            assertThat(f.knowledgeVersion()).isEqualTo(result.knowledgeVersion());
            assertThat(f.citations()).isNotEmpty().allMatch(c -> c.verification() != Verification.UNVERIFIED);
            assertThat(f.considerations()).anyMatch(c -> c.contains("with the person"));
            assertThat(f.rationale()).isNotBlank();
        });
        assertThat(Findings.only(result, "serotonin-toxicity-maoi").citations()).extracting(Citation::sourceId)
                .startsWith("phansalkar-2012").contains("test-facts");
    }
}
