package org.medopt.review;

import java.util.HashMap;
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

    private final Map<DrugSelector, Map<String, Optional<Evidence>>> matches = new IdentityHashMap<>();

    SelectorIndex(KnowledgeBase knowledge) {
        List<Drug> drugs = knowledge.catalog().drugs();
        for (RuleDefinition rule : knowledge.reviewRules().rules()) {
            rule.match().selectors().forEach(selector -> matches.computeIfAbsent(selector, s -> index(s, drugs)));
        }
    }

    /** Why {@code drug} matches {@code selector}, or empty when it does not. */
    Optional<Evidence> match(DrugSelector selector, Drug drug) {
        Map<String, Optional<Evidence>> byRxcui = matches.get(selector);
        return byRxcui == null ? selector.match(drug) : byRxcui.getOrDefault(drug.rxcui(), Optional.empty());
    }

    private static Map<String, Optional<Evidence>> index(DrugSelector selector, List<Drug> drugs) {
        Map<String, Optional<Evidence>> byRxcui = new HashMap<>();
        drugs.forEach(drug -> selector.match(drug).ifPresent(e -> byRxcui.put(drug.rxcui(), Optional.of(e))));
        return byRxcui;
    }
}
