package org.medopt.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugSelector;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.knowledge.ReviewRules;

/**
 * One review's inputs as the evaluators read them.
 *
 * @param active catalog drugs not stopped by the review date, one entry per medication entry, in a fixed order
 * @param stopped catalog drugs whose entry stopped on or before the review date; the withdrawal rule reads them, and
 *     the time on a drug goes back over them
 * @param drugs the different active drugs, each once, in rxcui order, so no finding depends on the list's order
 * @param latestResults the date of the most recent result on or before the review date, by LOINC code
 */
record ReviewContext(
        PersonContext person,
        List<ActiveDrug> active,
        List<ActiveDrug> stopped,
        List<Drug> drugs,
        Map<String, LocalDate> latestResults,
        ReviewRules rules,
        SelectorIndex selectors) {

    static ReviewContext of(PersonContext person, List<ActiveDrug> active, List<ActiveDrug> stopped, ReviewRules rules,
            SelectorIndex selectors) {
        Map<String, Drug> byRxcui = new TreeMap<>();
        active.forEach(a -> byRxcui.putIfAbsent(a.rxcui(), a.drug()));
        return new ReviewContext(person, active, stopped, List.copyOf(byRxcui.values()), latestResults(person), rules,
                selectors);
    }

    private static Map<String, LocalDate> latestResults(PersonContext person) {
        Map<String, LocalDate> latest = new HashMap<>();
        for (Observation observation : person.observations()) {
            LocalDate date = observation.date();
            if (date != null && !date.isAfter(person.reviewDate())) {
                latest.merge(observation.code(), date, (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return latest;
    }

    /** Whether a result under any of {@code loincCodes} is dated on or after {@code earliest} (and not after the review). */
    boolean hasResultSince(List<String> loincCodes, LocalDate earliest) {
        for (String code : loincCodes) {
            LocalDate latest = latestResults.get(code);
            if (latest != null && !latest.isBefore(earliest)) {
                return true;
            }
        }
        return false;
    }

    LocalDate reviewDate() {
        return person.reviewDate();
    }

    /** The matches of {@code selector}; evaluators fetch it once per rule and ask it per drug. */
    SelectorIndex.Matches matches(DrugSelector selector) {
        return selectors.of(selector);
    }

    /** The different drugs on the list that {@code selector} matches, in rxcui order, with the sources they matched on. */
    Matching matching(DrugSelector selector) {
        List<Drug> found = new ArrayList<>();
        List<KnowledgeSource> evidence = new ArrayList<>();
        SelectorIndex.Matches matches = matches(selector);
        for (Drug drug : drugs) {
            matches.match(drug).ifPresent(e -> {
                found.add(drug);
                e.citation().ifPresent(evidence::add);
            });
        }
        return new Matching(found, evidence);
    }

    /** Drugs a selector matched and the sources of the facts it matched them on (none for a match by name). */
    record Matching(List<Drug> drugs, List<KnowledgeSource> evidence) {
    }

    /**
     * The day the person began taking {@code drug} without a break: the earliest start of its entries still on the
     * list, moved back over earlier entries that ran up to that start or to the day before it, so a stop and restart
     * recorded as two entries (a new prescription, a dose change) does not reset the time on the drug. Empty when no
     * entry still on the list has a start date.
     */
    Optional<LocalDate> takenSince(Drug drug) {
        LocalDate earliestStart = null;
        for (ActiveDrug entry : active) {
            LocalDate start = entry.medication().startDate();
            if (start != null && entry.rxcui().equals(drug.rxcui()) && (earliestStart == null || start.isBefore(earliestStart))) {
                earliestStart = start;
            }
        }
        if (earliestStart == null) {
            return Optional.empty();
        }
        LocalDate since = earliestStart;
        boolean movedBack = true;
        while (movedBack) {
            movedBack = false;
            for (ActiveDrug earlier : stopped) {
                ReviewedMedication entry = earlier.medication();
                if (earlier.rxcui().equals(drug.rxcui()) && entry.startDate() != null
                        && entry.startDate().isBefore(since) && !entry.stopDate().isBefore(since.minusDays(1))) {
                    since = entry.startDate();
                    movedBack = true;
                }
            }
        }
        return Optional.of(since);
    }

    /** Entries of {@code drug} on the list that go on past {@code date} (no stop date, or a later one). */
    boolean continuesAfter(Drug drug, LocalDate date) {
        return active.stream().anyMatch(a -> a.rxcui().equals(drug.rxcui())
                && (a.medication().stopDate() == null || a.medication().stopDate().isAfter(date)));
    }
}
