package org.medopt.app.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.medopt.billing.BillingDecision;
import org.medopt.billing.BillingRules;
import org.medopt.billing.CareManagementMonth;

/**
 * One calendar month of a person's care-management minutes and what the billing rules make of it.
 *
 * @param cocmMinutes CoCM care-manager minutes that count this month
 * @param generalBhiMinutes general BHI minutes that count this month
 * @param firstMonth whether this is the first month of a CoCM episode: the month a CoCM episode recorded in the
 *     registry started, or, when none is recorded, the first month with CoCM minutes
 * @param firstMonthBasis why this is taken as the first month; null when it is not one
 * @param entries the month's entries, newest day first, reversed entries and reversals included
 */
public record CareMinutesMonth(YearMonth month, int cocmMinutes, int generalBhiMinutes, boolean firstMonth,
        String firstMonthBasis, BillingDecision decision, List<CareMinutesEntry> entries) {

    public CareMinutesMonth {
        entries = List.copyOf(entries);
    }

    public int totalMinutes() {
        return cocmMinutes + generalBhiMinutes;
    }

    /**
     * The months of {@code entries} (and {@code alwaysShown}, even without entries), newest first. Each CoCM episode
     * starts in the month of its start in {@code cocmEpisodeStarts}, as the registry records it; when none is
     * recorded, in the first month with CoCM minutes that count.
     */
    static List<CareMinutesMonth> of(String person, List<CareMinutesEntry> entries, List<LocalDate> cocmEpisodeStarts,
            YearMonth alwaysShown, BillingRules rules) {
        Map<YearMonth, List<CareMinutesEntry>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        byMonth.put(alwaysShown, new ArrayList<>());
        for (CareMinutesEntry entry : entries) {
            byMonth.computeIfAbsent(YearMonth.from(entry.workedOn()), month -> new ArrayList<>()).add(entry);
        }
        Map<YearMonth, String> firstMonths = firstMonths(entries, cocmEpisodeStarts);
        return byMonth.entrySet().stream()
                .map(month -> month(person, month.getKey(), month.getValue(), firstMonths.get(month.getKey()), rules))
                .toList();
    }

    /** The first months of the person's CoCM episodes, each with why it is taken as one. */
    private static Map<YearMonth, String> firstMonths(List<CareMinutesEntry> entries, List<LocalDate> cocmEpisodeStarts) {
        Map<YearMonth, String> firsts = new TreeMap<>();
        cocmEpisodeStarts.forEach(start -> firsts.put(YearMonth.from(start),
                "The CoCM episode recorded in the registry started on " + start + "."));
        if (firsts.isEmpty()) {
            entries.stream().filter(e -> e.counts() && e.kind() == CareActivity.COCM)
                    .map(e -> YearMonth.from(e.workedOn())).min(Comparator.naturalOrder())
                    .ifPresent(month -> firsts.put(month, "No CoCM episode is recorded in the registry, so the first "
                            + "month with CoCM minutes is taken as the episode's first month."));
        }
        return firsts;
    }

    private static CareMinutesMonth month(String person, YearMonth month, List<CareMinutesEntry> entries,
            String firstMonthBasis, BillingRules rules) {
        int cocm = sum(entries, CareActivity.COCM);
        int bhi = sum(entries, CareActivity.GENERAL_BHI);
        boolean first = firstMonthBasis != null;
        CareManagementMonth billed = cocm > 0
                ? new CareManagementMonth(person, month, cocm, first, bhi > 0 ? OptionalInt.of(bhi) : OptionalInt.empty(),
                        true)
                : CareManagementMonth.generalBhi(person, month, bhi);
        return new CareMinutesMonth(month, cocm, bhi, first, firstMonthBasis, rules.codesFor(billed), entries);
    }

    /** The month as the billing rules read it. */
    CareManagementMonth billingMonth() {
        return decision.month();
    }

    private static int sum(List<CareMinutesEntry> entries, CareActivity kind) {
        return entries.stream().filter(e -> e.counts() && e.kind() == kind).mapToInt(CareMinutesEntry::minutes).sum();
    }
}
