package org.medopt.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medopt.review.Fixture.adult;
import static org.medopt.review.Fixture.aged;
import static org.medopt.review.Fixture.list;
import static org.medopt.review.Fixture.startedDaysAgo;
import static org.medopt.review.Fixture.taking;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The four shipped rules that rest on an unverified source never fire (see the other rule tests). Here the same rules,
 * copied into a test file that cites a checked stand-in source, show that their logic works for when the sources are
 * checked. The expected answers are the rules' own thresholds, not clinical claims.
 */
@DisplayName("Rules waiting for their sources, as they will work once the sources are checked")
class UnverifiedRulesLogicTests {

    private static final MedicationReview REVIEW = new MedicationReview(
            Fixture.withRules("rules/unverified-made-firm.json", "test-unverified-made-firm"));

    private static List<String> rules(ReviewResult result) {
        return result.findings().stream().map(Finding::ruleId).toList();
    }

    @Test
    @DisplayName("anticholinergic scores adding up to 3 or more fire (amitriptyline 3 + alprazolam 1); alprazolam alone does not")
    void anticholinergicTotal() {
        ReviewResult result = REVIEW.review(list(taking("amitriptyline"), taking("alprazolam")), adult());
        assertThat(rules(result)).contains("anticholinergic-burden");
        assertThat(result.findings().stream().filter(f -> f.ruleId().equals("anticholinergic-burden")).findFirst()
                .orElseThrow().title()).contains("total score 4");
        assertThat(rules(REVIEW.review(list(taking("alprazolam")), adult()))).doesNotContain("anticholinergic-burden");
    }

    @Test
    @DisplayName("an opioid with a CNS depressant other than a benzodiazepine fires (oxycodone + zolpidem); oxycodone alone does not")
    void opioidCnsDepressant() {
        assertThat(rules(REVIEW.review(list(taking("oxycodone"), taking("zolpidem")), adult())))
                .contains("opioid-cns-depressant");
        assertThat(rules(REVIEW.review(list(taking("oxycodone")), adult()))).doesNotContain("opioid-cns-depressant");
    }

    @Test
    @DisplayName("paroxetine at 70 fires; at 50 it does not")
    void paroxetine() {
        assertThat(rules(REVIEW.review(list(taking("paroxetine")), aged(70)))).contains("beers-paroxetine");
        assertThat(rules(REVIEW.review(list(taking("paroxetine")), aged(50)))).doesNotContain("beers-paroxetine");
    }

    @Test
    @DisplayName("zolpidem started 60 days ago fires; 20 days ago does not")
    void zdrugDuration() {
        assertThat(rules(REVIEW.review(list(startedDaysAgo("zolpidem", 60)), adult()))).contains("long-term-z-drug");
        assertThat(rules(REVIEW.review(list(startedDaysAgo("zolpidem", 20)), adult()))).doesNotContain("long-term-z-drug");
    }
}
