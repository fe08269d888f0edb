package org.medopt.review;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugSelector;
import org.medopt.knowledge.DrugSelector.Evidence;
import org.medopt.knowledge.KnowledgeBase;
import org.medopt.knowledge.RuleDefinition;

/**
 * Which catalog drugs each rule's selectors match, worked out once when the engine is built: the catalog does not
 * change under a review, and a review then looks matches up instead of walking each drug's facts again.
 */
final class SelectorIndex {

    private final Map<DrugSelector, Map<Drug, Optional<Evidence>>> matches = new IdentityHashMap<>();

    SelectorIndex(KnowledgeBase knowledge) {
        List<Drug> drugs = knowledge.catalog().drugs();
        for (RuleDefinition rule : knowledge.reviewRules().rules()) {
            rule.match().selectors().forEach(selector -> matches.computeIfAbsent(selector, s -> index(s, drugs)));
        }
    }

    /** The matches of {@code selector}, looked up once per rule rather than once per drug. */
    Matches of(DrugSelector selector) {
        Map<Drug, Optional<Evidence>> byDrug = matches.get(selector);
        return byDrug == null ? selector::match : drug -> byDrug.getOrDefault(drug, Optional.empty());
    }

    /** Why a drug matches a selector, or empty when it does not. */
    interface Matches {
        Optional<Evidence> match(Drug drug);
    }

    /** Keyed by the catalog's own drug instances, which every review's drugs are, so a look-up hashes no text. */
    private static Map<Drug, Optional<Evidence>> index(DrugSelector selector, List<Drug> drugs) {
        Map<Drug, Optional<Evidence>> byDrug = new IdentityHashMap<>();
        drugs.forEach(drug -> selector.match(drug).ifPresent(e -> byDrug.put(drug, Optional.of(e))));
        return byDrug;
    }
}
