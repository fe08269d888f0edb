package org.medopt.registry;

import java.util.List;
import org.medopt.knowledge.KnowledgeSource;

/** Cited text the registry shows beside something it leaves to the care team, without applying it as a rule. */
public record Guidance(String text, List<KnowledgeSource> sources, String note) {

    public Guidance {
        sources = List.copyOf(sources);
    }
}
