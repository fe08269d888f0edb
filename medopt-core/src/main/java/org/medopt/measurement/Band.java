package org.medopt.measurement;

import java.util.List;
import org.medopt.knowledge.KnowledgeSource;

/** A named range of totals, both ends included, with the source that names it. */
public record Band(int lowest, int highest, String label, List<KnowledgeSource> sources) {

    public Band {
        sources = List.copyOf(sources);
    }

    public boolean contains(int total) {
        return total >= lowest && total <= highest;
    }
}
