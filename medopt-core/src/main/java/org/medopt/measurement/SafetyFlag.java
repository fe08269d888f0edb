package org.medopt.measurement;

import java.util.List;
import org.medopt.knowledge.KnowledgeSource;

/** A safety rule that fired on one set of answers, with its plain-language reason. */
public record SafetyFlag(String id, String reason, boolean medoptOwn, List<KnowledgeSource> sources) {

    public SafetyFlag {
        sources = List.copyOf(sources);
    }

    static SafetyFlag of(SafetyRule rule) {
        return new SafetyFlag(rule.id(), rule.reason(), rule.medoptOwn(), rule.sources());
    }
}
