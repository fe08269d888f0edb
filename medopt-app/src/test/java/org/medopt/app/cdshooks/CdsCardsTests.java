package org.medopt.app.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.fhir.ReviewFindings;
import org.medopt.app.fhir.ReviewFindings.CitationJson;
import org.medopt.app.fhir.ReviewFindings.FindingJson;

/** The card shape, checked on a finding made up for the purpose: what matters here is where each part goes. */
@DisplayName("Findings as CDS Hooks cards")
class CdsCardsTests {

    private static final CitationJson SOURCE = new CitationJson("a-source", "A cited source", "https://example.org/source",
            "verified");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"critical", "warning", "info"})
    @DisplayName("a finding's severity is the card's indicator, word for word")
    void indicator(String severity) {
        assertThat(card(finding(severity, List.of(SOURCE))).indicator()).isEqualTo(severity);
    }

    @Test
    @DisplayName("the finding travels in extension org.medopt.finding with category, severity, RxNorm codes and rule id")
    void findingExtension() {
        CdsCard card = card(finding("warning", List.of(SOURCE)));
        assertThat(card.extension()).containsOnlyKeys("org.medopt.finding");
        assertThat(card.finding()).isEqualTo(new CdsCard.FindingExtension("drug-interaction", "warning",
                List.of("10689", "36437"), "a-rule"));
    }

    @Test
    @DisplayName("the title is the summary; rationale, what to consider and the cited source are the detail; the source is the citation")
    void textAndSource() {
        CdsCard card = card(finding("warning", List.of(SOURCE)));
        assertThat(card.summary()).isEqualTo("A title");
        assertThat(card.detail()).isEqualTo("""
                Why it matters.

                **Consider:**

                - Talk it over with the person.
                - Something else.

                **Source:** [A cited source](https://example.org/source) (verified)""");
        assertThat(card.source()).isEqualTo(new CdsCard.Source("A cited source", "https://example.org/source"));
        assertThat(card.uuid()).isNotBlank();
    }

    @Test
    @DisplayName("every card offers override reasons, each with a display, the person's own choice first")
    void overrideReasons() {
        CdsCard card = card(finding("info", List.of(SOURCE)));
        assertThat(card.overrideReasons()).isNotEmpty().allSatisfy(reason -> {
            assertThat(reason.system()).isEqualTo(CdsCards.OVERRIDE_REASONS);
            assertThat(reason.display()).isNotBlank();
        });
        assertThat(card.overrideReasons().get(0).code()).isEqualTo("person-choice");
    }

    @Test
    @DisplayName("a summary longer than CDS Hooks allows is cut below 140 characters")
    void longSummary() {
        FindingJson finding = new FindingJson("polypharmacy", "info", List.of(), "a-rule", "x".repeat(200), "Why.", List.of(),
                List.of(), "2026.11.0");
        assertThat(card(finding).summary()).hasSizeLessThan(140);
    }

    @Test
    @DisplayName("without a citation the source names the knowledge base and its version")
    void sourceWithoutCitation() {
        assertThat(card(finding("info", List.of())).source()).isEqualTo(new CdsCard.Source("MedOpt knowledge base 2026.11.0", null));
    }

    private static CdsCard card(FindingJson finding) {
        return CdsCards.of(new ReviewFindings("2026.11.0", List.of(finding), List.of())).get(0);
    }

    private static FindingJson finding(String severity, List<CitationJson> citations) {
        return new FindingJson("drug-interaction", severity, List.of("10689", "36437"), "a-rule", "A title", "Why it matters.",
                List.of("Talk it over with the person.", "Something else."), citations, "2026.11.0");
    }
}
