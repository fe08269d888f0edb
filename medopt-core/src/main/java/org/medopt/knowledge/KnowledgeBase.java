package org.medopt.knowledge;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The drug catalog and the review rules, loaded and validated together under one version. */
public final class KnowledgeBase {

    private final DrugCatalog catalog;
    private final List<ReviewRule> rules;

    KnowledgeBase(DrugCatalog catalog, List<ReviewRule> rules) {
        this.catalog = catalog;
        this.rules = List.copyOf(rules);
    }

    /** Loads and validates the shipped knowledge base; a bad entry fails naming file and entry. */
    public static KnowledgeBase load() {
        return new KnowledgeBase(DrugCatalog.load(), List.of());
    }

    public String version() {
        return catalog.version();
    }

    public DrugCatalog catalog() {
        return catalog;
    }

    /** Every source that a drug fact or a rule cites or the files define, by id. */
    public List<KnowledgeSource> sources() {
        Map<String, KnowledgeSource> byId = new TreeMap<>();
        catalog.sources().forEach(s -> byId.put(s.id(), s));
        rules.forEach(rule -> rule.sources().forEach(s -> byId.put(s.id(), s)));
        return List.copyOf(byId.values());
    }

    /** Every rule, in the order the rules file lists them. */
    public List<ReviewRule> rules() {
        return rules;
    }
}
