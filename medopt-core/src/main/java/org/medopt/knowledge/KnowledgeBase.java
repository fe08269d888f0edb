package org.medopt.knowledge;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The drug catalog and the review rules, loaded and validated together under one version. */
public final class KnowledgeBase {

    private final DrugCatalog catalog;
    private final ReviewRules reviewRules;
    private final List<ReviewRule> rules;
    private final List<KnowledgeSource> sources;
    private final List<MonitoredTest> monitoredTests;

    private KnowledgeBase(DrugCatalog catalog, ReviewRules reviewRules) {
        this.catalog = catalog;
        this.reviewRules = reviewRules;
        this.rules = reviewRules.rules().stream().map(RuleDefinition::rule).toList();
        this.sources = sourcesById(catalog, reviewRules);
        this.monitoredTests = testsByDisplay(reviewRules);
    }

    /** Loads and validates the shipped knowledge base; a bad entry fails naming file and entry. */
    public static KnowledgeBase load() {
        DrugCatalog catalog = DrugCatalog.load();
        return of(catalog, ReviewRules.load(ReviewRules.DEFAULT_RESOURCE, catalog));
    }

    /**
     * The knowledge base of {@code catalog} and {@code rules}; fails when their versions differ, naming both, or a drug
     * refers to a monitoring protocol the rules do not define.
     */
    public static KnowledgeBase of(DrugCatalog catalog, ReviewRules rules) {
        if (!catalog.version().equals(rules.version())) {
            throw new InvalidKnowledgeException(ReviewRules.DEFAULT_RESOURCE, "(file)", "version " + rules.version()
                    + " differs from the drug catalog's version " + catalog.version());
        }
        for (Drug drug : catalog.drugs()) {
            for (Cited<String> protocol : drug.facts().monitoring()) {
                if (rules.protocol(protocol.value()).isEmpty()) {
                    throw new InvalidKnowledgeException(DrugCatalog.DEFAULT_RESOURCE, drug.name(),
                            "refers to monitoring protocol '" + protocol.value() + "', which the review rules do not define");
                }
            }
        }
        return new KnowledgeBase(catalog, rules);
    }

    public String version() {
        return catalog.version();
    }

    public DrugCatalog catalog() {
        return catalog;
    }

    /** Every source that a drug fact or a rule cites or the files define, by id. */
    public List<KnowledgeSource> sources() {
        return sources;
    }

    /** Every rule, in the order the rules file lists them. */
    public List<ReviewRule> rules() {
        return rules;
    }

    /** Every rule with what the engine needs to evaluate and explain it, in the order the rules file lists them. */
    public ReviewRules reviewRules() {
        return reviewRules;
    }

    /** The tests monitoring protocols ask for, one per LOINC code, by display name; for entering lab results. */
    public List<MonitoredTest> monitoredTests() {
        return monitoredTests;
    }

    private static List<KnowledgeSource> sourcesById(DrugCatalog catalog, ReviewRules reviewRules) {
        Map<String, KnowledgeSource> byId = new TreeMap<>();
        catalog.sources().forEach(s -> byId.put(s.id(), s));
        reviewRules.sources().forEach(s -> byId.put(s.id(), s));
        return List.copyOf(byId.values());
    }

    private static List<MonitoredTest> testsByDisplay(ReviewRules reviewRules) {
        Map<String, MonitoredTest> byCode = new LinkedHashMap<>();
        reviewRules.protocols().values().stream()
                .flatMap(p -> p.tests().stream())
                .forEach(t -> byCode.putIfAbsent(t.loinc(), t));
        return byCode.values().stream().sorted(Comparator.comparing(MonitoredTest::display)).toList();
    }
}
