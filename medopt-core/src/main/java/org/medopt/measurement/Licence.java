package org.medopt.measurement;

import java.util.List;
import org.medopt.knowledge.KnowledgeSource;

/** An instrument's licence terms, in plain words, with where they were read. */
public record Licence(LicenceStatus status, String text, List<KnowledgeSource> sources) {

    public Licence {
        sources = List.copyOf(sources);
    }
}
