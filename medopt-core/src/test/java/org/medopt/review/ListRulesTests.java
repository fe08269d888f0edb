package org.medopt.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medopt.review.Findings.assertFires;
import static org.medopt.review.Findings.assertSilent;
import static org.medopt.review.Findings.only;
import static org.medopt.review.Findings.review;
import static org.medopt.review.Fixture.adult;
import static org.medopt.review.Fixture.aged;
import static org.medopt.review.Fixture.list;
import static org.medopt.review.Fixture.REVIEW_DATE;
import static org.medopt.review.Fixture.person;
import static org.medopt.review.Fixture.rxcui;
import static org.medopt.review.Fixture.startedDaysAgo;
import static org.medopt.review.Fixture.stoppingInDays;
import static org.medopt.review.Fixture.taking;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.person.Sex;

/** Rules about the list as a whole and its dates: duplication, doses, burden, monitoring, duration, stopping. */
@DisplayName("Rules about the list and its dates")
class ListRulesTests {

    @Test
    @DisplayName("two SSRIs are duplicate therapy (drug-review therapeutic duplication); an SSRI with a tricyclic is not")
    void duplicateTherapy() {
        assertFires(review(list(taking("sertraline"), taking("fluoxetine")), adult()),
                "duplicate-therapy", "fluoxetine", "sertraline");
        assertSilent(review(list(taking("sertraline"), taking("amitriptyline")), adult()), "duplicate-therapy");
    }

    @Test
    @DisplayName("citalopram 60 mg a day is above the 40 mg adult maximum; 40 mg is not (FDA 2011)")
    void doseAboveAdultMaximum() {
        Finding finding = only(review(list(taking("citalopram", 60)), adult()), "dose-above-maximum");
        assertThat(finding.rationale()).contains("60 mg a day").contains("40 mg");
        assertSilent(review(list(taking("citalopram", 40)), adult()), "dose-above-maximum");
    }

    @Test
    @DisplayName("citalopram 30 mg a day at 70 is above the 20 mg maximum for older adults (FDA 2012)")
    void doseAboveOlderAdultMaximum() {
        assertFires(review(list(taking("citalopram", 30)), aged(70)), "dose-above-maximum", "citalopram");
    }

    @Test
    @DisplayName("a label's adult maximum holds for older adults when it gives them no lower one: sertraline 300 mg at 70"
            + " is above 200 mg (sertraline label)")
    void adultMaximumHoldsForOlderAdults() {
        Finding finding = only(review(list(taking("sertraline", 300)), aged(70)), "dose-above-maximum");
        assertThat(finding.rationale()).contains("300 mg a day").contains("Adult").contains("200 mg");
        assertSilent(review(list(taking("sertraline", 200)), aged(70)), "dose-above-maximum");
    }

    @Test
    @DisplayName("an adult maximum is not applied to children or adolescents: sertraline 300 mg at 15 is not checked"
            + " where the label gives no adolescent maximum")
    void adultMaximumNotAppliedToYoungPeople() {
        assertSilent(review(list(taking("sertraline", 300)), aged(15)), "dose-above-maximum");
    }

    @Test
    @DisplayName("two entries of the same drug add up: citalopram 30 + 20 mg is above 40 mg")
    void entriesAddUp() {
        assertFires(review(list(taking("citalopram", 30), taking("citalopram", 20)), adult()),
                "dose-above-maximum", "citalopram");
    }

    @Test
    @DisplayName("anticholinergic burden never fires while the total-score threshold is unverified")
    void anticholinergicUnverified() {
        assertSilent(review(list(taking("amitriptyline"), taking("clozapine")), aged(70)), "anticholinergic-burden");
    }

    @Test
    @DisplayName("lithium with no level on record is due for monitoring; a level 60 days ago is current in year one")
    void lithiumMonitoring() {
        Finding due = only(review(list(taking("lithium carbonate")), adult()), "monitoring-due");
        assertThat(due.rationale()).contains("14334-7");
        Observation level = new Observation("14334-7", "Lithium", new BigDecimal("0.7"), "mmol/L",
                Fixture.REVIEW_DATE.minusDays(60));
        var withLevel = review(list(startedDaysAgo("lithium carbonate", 200)),
                person(40, Sex.MALE, false, List.of(), List.of(level)));
        assertThat(only(withLevel, "monitoring-due").rationale()).doesNotContain("14334-7").contains("3016-3");
    }

    @Test
    @DisplayName("clozapine in its first 6 months needs an ANC within 7 days (clozapine label)")
    void clozapineAnc() {
        Observation anc = new Observation("751-8", "ANC", new BigDecimal("2.1"), "10*3/uL",
                Fixture.REVIEW_DATE.minusDays(10));
        var result = review(list(startedDaysAgo("clozapine", 60)), person(40, Sex.MALE, false, List.of(), List.of(anc)));
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("monitoring-due") && f.rationale().contains("751-8"));
        var after = review(list(startedDaysAgo("clozapine", 400)), person(40, Sex.MALE, false, List.of(), List.of(anc)));
        assertThat(after.findings()).noneMatch(f -> f.ruleId().equals("monitoring-due") && f.rationale().contains("751-8"));
    }

    @Test
    @DisplayName("clozapine alone with nothing on record gives one monitoring finding naming both its protocols")
    void oneFindingPerDrugSet() {
        Finding due = only(review(list(taking("clozapine")), adult()), "monitoring-due");
        assertThat(due.title()).contains("neutrophil").contains("Metabolic");
        assertThat(due.rationale()).contains("751-8").contains("39156-5");
    }

    @Test
    @DisplayName("a benzodiazepine started 60 days ago is long-term use (CSM: 2-4 weeks); 20 days ago is not")
    void longTermBenzodiazepine() {
        assertFires(review(list(startedDaysAgo("lorazepam", 60)), adult()), "long-term-benzodiazepine", "lorazepam");
        assertSilent(review(list(startedDaysAgo("lorazepam", 20)), adult()), "long-term-benzodiazepine");
    }

    @Test
    @DisplayName("a benzodiazepine restarted the day after an earlier entry stopped counts from the first start; after a gap it does not")
    void longTermAcrossEntries() {
        ReviewedMedication restarted = new ReviewedMedication(rxcui("lorazepam"), "lorazepam", null,
                REVIEW_DATE.minusDays(20), null);
        assertFires(review(list(entry("lorazepam", 60, 21), restarted), adult()), "long-term-benzodiazepine", "lorazepam");
        assertSilent(review(list(entry("lorazepam", 60, 40), restarted), adult()), "long-term-benzodiazepine");
    }

    @Test
    @DisplayName("clozapine taken for 400 days, recorded as two entries without a break, is past the weekly ANC of the first months")
    void monitoringScheduleAcrossEntries() {
        Observation anc = new Observation("751-8", "ANC", new BigDecimal("2.1"), "10*3/uL", REVIEW_DATE.minusDays(10));
        var result = review(list(entry("clozapine", 400, 11), startedDaysAgo("clozapine", 10)),
                person(40, Sex.MALE, false, List.of(), List.of(anc)));
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("monitoring-due") && f.rationale().contains("751-8"));
    }

    @Test
    @DisplayName("tramadol stopping on the review date is no longer taken that day, as the medication record shows it")
    void stopDateIsTheFirstDayWithout() {
        assertSilent(review(list(taking("sertraline"), stoppingInDays("tramadol", 0)), adult()), "serotonergic-combination");
        assertFires(review(list(taking("sertraline"), stoppingInDays("tramadol", 1)), adult()),
                "serotonergic-combination", "sertraline", "tramadol");
    }

    /** An entry started {@code startedDaysAgo} and stopped {@code stoppedDaysAgo} days before the review date. */
    private static ReviewedMedication entry(String name, int startedDaysAgo, int stoppedDaysAgo) {
        return new ReviewedMedication(rxcui(name), name, null, REVIEW_DATE.minusDays(startedDaysAgo),
                REVIEW_DATE.minusDays(stoppedDaysAgo));
    }

    @Test
    @DisplayName("Z-drug duration never fires while its source is unverified")
    void longTermZdrugUnverified() {
        assertSilent(review(list(startedDaysAgo("zolpidem", 90)), adult()), "long-term-z-drug");
    }

    @Test
    @DisplayName("lorazepam (high withdrawal risk) stopping in 7 days asks whether a taper is planned; sertraline does not")
    void withdrawalRisk() {
        assertFires(review(list(stoppingInDays("lorazepam", 7)), adult()), "withdrawal-risk-stop", "lorazepam");
        assertFires(review(list(stoppingInDays("lorazepam", -7)), adult()), "withdrawal-risk-stop", "lorazepam");
        assertSilent(review(list(stoppingInDays("sertraline", 7)), adult()), "withdrawal-risk-stop");
        assertSilent(review(list(stoppingInDays("lorazepam", 60)), adult()), "withdrawal-risk-stop");
    }

    @Test
    @DisplayName("a dose change recorded as a stop and a new entry is not a stop")
    void doseChangeIsNotAStop() {
        assertSilent(review(list(stoppingInDays("lorazepam", 0), taking("lorazepam")), adult()), "withdrawal-risk-stop");
    }
}
