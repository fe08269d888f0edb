package org.medopt.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.KnowledgeBase;
import org.medopt.knowledge.Severity;
import org.medopt.knowledge.StrengthUnit;
import org.medopt.knowledge.Verification;
import org.medopt.person.AgeGroup;
import org.medopt.person.Sex;

/**
 * Reviews on the SHIPPED knowledge base: these depend on the shipped data files, not on test fixtures. Those resting on
 * per-drug facts the researchers are still gathering are skipped (assumption) until the fact is in the catalog.
 */
@Tag("shipped-data")
@DisplayName("Reviews on the shipped knowledge base")
class ShippedKnowledgeReviewTests {

    private static final KnowledgeBase KNOWLEDGE = KnowledgeBase.load();
    private static final MedicationReview REVIEW = new MedicationReview(KNOWLEDGE);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final PersonContext ADULT = new PersonContext(TODAY, LocalDate.of(1980, 5, 1), Sex.FEMALE, false,
            List.of(), List.of());

    private static ReviewedMedication taking(String name, BigDecimal mgPerDay) {
        Drug drug = KNOWLEDGE.catalog().byName(name).orElseThrow();
        DailyDose dose = mgPerDay == null ? null : new DailyDose(mgPerDay, StrengthUnit.MG);
        return new ReviewedMedication(drug.rxcui(), name, dose, TODAY.minusMonths(3), null);
    }

    @Test
    @DisplayName("phenelzine with sertraline is critical serotonin toxicity (ONC high-priority list)")
    void phenelzineSertraline() {
        ReviewResult result = REVIEW.review(List.of(taking("phenelzine", null), taking("sertraline", null)), ADULT);
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("serotonin-toxicity-maoi")
                && f.severity() == Severity.CRITICAL);
    }

    @Test
    @DisplayName("oxycodone with lorazepam is critical (FDA 2016 boxed warning)")
    void oxycodoneLorazepam() {
        ReviewResult result = REVIEW.review(List.of(taking("oxycodone", null), taking("lorazepam", null)), ADULT);
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("opioid-benzodiazepine")
                && f.severity() == Severity.CRITICAL);
    }

    @Test
    @DisplayName("citalopram 60 mg a day is above the adult maximum, once the catalog carries a firm citalopram limit")
    void citalopramAboveMaximum() {
        Drug citalopram = KNOWLEDGE.catalog().byName("citalopram").orElseThrow();
        assumeTrue(citalopram.facts().maximumDailyDoses().stream()
                .anyMatch(l -> l.firm() && l.value().ageGroup() == AgeGroup.ADULT), "no firm adult limit shipped yet");
        ReviewResult result = REVIEW.review(List.of(taking("citalopram", BigDecimal.valueOf(60))), ADULT);
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("dose-above-maximum"));
    }

    @Test
    @DisplayName("no finding on the shipped knowledge base cites an unverified source")
    void noUnverifiedCitation() {
        List<ReviewedMedication> many = KNOWLEDGE.catalog().drugs().stream().limit(40)
                .map(d -> new ReviewedMedication(d.rxcui(), d.name(), null, TODAY.minusYears(1), null)).toList();
        ReviewResult result = REVIEW.review(many, new PersonContext(TODAY, LocalDate.of(1950, 1, 1), Sex.MALE, false,
                List.of(), List.of()));
        assertThat(result.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.citations())
                .noneMatch(c -> c.verification() == Verification.UNVERIFIED));
    }
}
