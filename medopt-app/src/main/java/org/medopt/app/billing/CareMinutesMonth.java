package org.medopt.app.billing;

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
 * @param firstMonth whether this is the first month of the person's CoCM episode: the first month with CoCM minutes
 * @param entries the month's entries, newest day first, reversed entries and reversals included
 */
public record CareMinutesMonth(YearMonth month, int cocmMinutes, int generalBhiMinutes, boolean firstMonth,
        BillingDecision decision, List<CareMinutesEntry> entries) {

    public CareMinutesMonth {
        entries = List.copyOf(entries);
    }

    public int totalMinutes() {
        return cocmMinutes + generalBhiMinutes;
    }

    /**
     * The months of {@code entries} (and {@code alwaysShown}, even without entries), newest first. The CoCM episode
     * starts in the first month with CoCM minutes that count.
     */
    static List<CareMinutesMonth> of(String person, List<CareMinutesEntry> entries, YearMonth alwaysShown,
            BillingRules rules) {
        Map<YearMonth, List<CareMinutesEntry>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        byMonth.put(alwaysShown, new ArrayList<>());
        for (CareMinutesEntry entry : entries) {
            byMonth.computeIfAbsent(YearMonth.from(entry.workedOn()), month -> new ArrayList<>()).add(entry);
        }
        YearMonth episodeStart = entries.stream().filter(e -> e.counts() && e.kind() == CareActivity.COCM)
                .map(e -> YearMonth.from(e.workedOn())).min(Comparator.naturalOrder()).orElse(null);
        return byMonth.entrySet().stream()
                .map(month -> month(person, month.getKey(), month.getValue(), episodeStart, rules)).toList();
    }

    private static CareMinutesMonth month(String person, YearMonth month, List<CareMinutesEntry> entries,
            YearMonth episodeStart, BillingRules rules) {
        int cocm = sum(entries, CareActivity.COCM);
        int bhi = sum(entries, CareActivity.GENERAL_BHI);
        boolean first = month.equals(episodeStart);
        CareManagementMonth billed = cocm > 0
                ? new CareManagementMonth(person, month, cocm, first, bhi > 0 ? OptionalInt.of(bhi) : OptionalInt.empty(),
                        true)
                : CareManagementMonth.generalBhi(person, month, bhi);
        return new CareMinutesMonth(month, cocm, bhi, first, rules.codesFor(billed), entries);
    }

    /** The month as the billing rules read it. */
    CareManagementMonth billingMonth() {
        return decision.month();
    }

    private static int sum(List<CareMinutesEntry> entries, CareActivity kind) {
        return entries.stream().filter(e -> e.counts() && e.kind() == kind).mapToInt(CareMinutesEntry::minutes).sum();
    }
}
