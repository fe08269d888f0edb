package org.medopt.knowledge;

import java.util.List;

/**
 * A review rule as the knowledge base states it, for people to read (the transparency page) and for the engine
 * to evaluate.
 *
 * @param description what the rule looks for, in plain language
 * @param sources what it rests on
 */
public record ReviewRule(
        String id,
        FindingCategory category,
        Severity severity,
        String title,
        String description,
        List<KnowledgeSource> sources) {

    public ReviewRule {
        sources = List.copyOf(sources);
    }
}
