package org.medopt.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The review rules file: versioned rules, the monitoring protocols and condition sets they use, and their sources. */
public final class ReviewRules {

    /** The rules shipped with MedOpt. */
    public static final String DEFAULT_RESOURCE = "org/medopt/knowledge/review-rules.json";

    private final String version;
    private final List<RuleDefinition> rules;
    private final Map<String, MonitoringProtocol> protocols;
    private final Map<String, ConditionSet> conditionSets;
    private final List<KnowledgeSource> sources;

    ReviewRules(String version, List<RuleDefinition> rules, Map<String, MonitoringProtocol> protocols,
            Map<String, ConditionSet> conditionSets, List<KnowledgeSource> sources) {
        this.version = version;
        this.sources = List.copyOf(sources);
        this.rules = List.copyOf(rules);
        this.protocols = Map.copyOf(protocols);
        this.conditionSets = Map.copyOf(conditionSets);
    }

    /** Loads and validates a rules file from the class path against {@code catalog}; fails naming file and rule. */
    public static ReviewRules load(String resource, DrugCatalog catalog) {
        try (InputStream in = ReviewRules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidKnowledgeException(resource, "(file)", "not found on the class path");
            }
            return new ReviewRulesReader(resource, catalog).read(in);
        } catch (IOException e) {
            throw new InvalidKnowledgeException(resource, "cannot be read", e);
        }
    }

    public String version() {
        return version;
    }

    /** Every rule, in the order the file lists them. */
    public List<RuleDefinition> rules() {
        return rules;
    }

    /** Every source the file defines. */
    public List<KnowledgeSource> sources() {
        return sources;
    }

    public Optional<MonitoringProtocol> protocol(String id) {
        return Optional.ofNullable(protocols.get(id));
    }

    public Map<String, MonitoringProtocol> protocols() {
        return protocols;
    }

    public Optional<ConditionSet> conditionSet(String id) {
        return Optional.ofNullable(conditionSets.get(id));
    }
}
