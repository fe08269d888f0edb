package org.medopt.knowledge;

import java.util.List;

/**
 * A review rule with everything the engine needs to evaluate and explain it.
 *
 * @param rationale why it matters, in plain language, shown with every finding of the rule
 * @param considerations what to consider; always includes talking it over with the person
 * @param person whom it applies to
 */
public record RuleDefinition(
        ReviewRule rule,
        String rationale,
        List<String> considerations,
        PersonCriteria person,
        RuleMatch match) {

    public RuleDefinition {
        considerations = List.copyOf(considerations);
    }

    public String id() {
        return rule.id();
    }

    /** Whether the rule may fire: every source it rests on was seen, in the primary or a secondary source. */
    public boolean firm() {
        return KnowledgeSource.allFirm(rule.sources());
    }
}
