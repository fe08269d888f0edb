package org.medopt.measurement;

import java.util.List;
import org.medopt.knowledge.KnowledgeSource;

/** A total below {@code below} means what {@code meaning} says, per {@code sources}. */
public record CutOff(String id, int below, String meaning, List<KnowledgeSource> sources) {

    public CutOff {
        sources = List.copyOf(sources);
    }

    public boolean metBy(int total) {
        return total < below;
    }
}
