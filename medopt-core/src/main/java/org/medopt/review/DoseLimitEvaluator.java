package org.medopt.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medopt.knowledge.Cited;
import org.medopt.knowledge.DoseLimit;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.RuleDefinition;
import org.medopt.person.AgeGroup;

/**
 * A drug's total daily dose above its firm labelled maximum for the person's age group. Entries of the same drug add
 * up; entries without a known dose count as nothing, so a total above the maximum is above it for certain. Without a
 * known age, or a limit for the age group, nothing is checked. A label's adult maximum is for adults of every age, so
 * it holds for older adults unless the label gives them a lower one; it is never carried over to children or
 * adolescents, whose maximum a label states separately if at all.
 */
final class DoseLimitEvaluator implements RuleEvaluator {

    @Override
    public List<Hit> evaluate(RuleDefinition rule, ReviewContext context) {
        Optional<AgeGroup> group = context.person().ageGroup();
        if (group.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Drug drug : context.drugs()) {
            limit(drug, group.get()).ifPresent(limit -> {
                BigDecimal totalMg = totalMilligrams(drug, context);
                if (totalMg.compareTo(limit.value().maximumMilligrams()) > 0) {
                    hits.add(new Hit(List.of(drug), List.of(limit.source()), null, explanation(drug, totalMg, limit.value())));
                }
            });
        }
        return hits;
    }

    private static String explanation(Drug drug, BigDecimal totalMg, DoseLimit limit) {
        return drug.name() + " " + plain(totalMg) + " mg a day; the labelled maximum for the age group "
                + limit.ageGroup().label() + " is " + plain(limit.maximumDailyDose()) + " " + limit.unit().code() + ".";
    }

    private static Optional<Cited<DoseLimit>> limit(Drug drug, AgeGroup group) {
        Optional<Cited<DoseLimit>> own = limitFor(drug, group);
        return own.isEmpty() && group == AgeGroup.OLDER_ADULT ? limitFor(drug, AgeGroup.ADULT) : own;
    }

    private static Optional<Cited<DoseLimit>> limitFor(Drug drug, AgeGroup group) {
        for (Cited<DoseLimit> limit : drug.facts().maximumDailyDoses()) {
            if (limit.value().ageGroup() == group && limit.firm()) {
                return Optional.of(limit);
            }
        }
        return Optional.empty();
    }

    private static BigDecimal totalMilligrams(Drug drug, ReviewContext context) {
        BigDecimal total = BigDecimal.ZERO;
        for (ActiveDrug entry : context.active()) {
            DailyDose dose = entry.medication().dailyDose();
            if (dose != null && entry.rxcui().equals(drug.rxcui())) {
                total = total.add(dose.milligrams());
            }
        }
        return total;
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }
}
