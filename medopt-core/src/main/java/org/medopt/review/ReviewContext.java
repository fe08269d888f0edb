package org.medopt.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugSelector;
import org.medopt.knowledge.DrugSelector.Evidence;
import org.medopt.knowledge.ReviewRules;

/**
 * One review's inputs as the evaluators read them.
 *
 * @param active catalog drugs not stopped before the review date, one entry per medication entry, in a fixed order
 * @param stopped catalog drugs whose entry was stopped before the review date; only the withdrawal rule reads them
 * @param drugs the different active drugs, each once, in rxcui order, so no finding depends on the list's order
 */
record ReviewContext(
        PersonContext person,
        List<ActiveDrug> active,
        List<ActiveDrug> stopped,
        List<Drug> drugs,
        ReviewRules rules,
        SelectorIndex selectors) {

    static ReviewContext of(PersonContext person, List<ActiveDrug> active, List<ActiveDrug> stopped, ReviewRules rules,
            SelectorIndex selectors) {
        Map<String, Drug> byRxcui = new TreeMap<>();
        active.forEach(a -> byRxcui.putIfAbsent(a.rxcui(), a.drug()));
        return new ReviewContext(person, active, stopped, List.copyOf(byRxcui.values()), rules, selectors);
    }

    LocalDate reviewDate() {
        return person.reviewDate();
    }

    Optional<Evidence> match(DrugSelector selector, Drug drug) {
        return selectors.match(selector, drug);
    }

    /** Entries of {@code drug} on the list that go on past {@code date} (no stop date, or a later one). */
    boolean continuesAfter(Drug drug, LocalDate date) {
        return active.stream().anyMatch(a -> a.rxcui().equals(drug.rxcui())
                && (a.medication().stopDate() == null || a.medication().stopDate().isAfter(date)));
    }
}
