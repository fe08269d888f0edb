package org.medopt.review;

import java.util.ArrayList;
import java.util.List;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugSelector.Evidence;
import org.medopt.knowledge.KnowledgeSource;

/** Small helpers the evaluators share. */
final class Evidences {

    private Evidences() {
    }

    static List<KnowledgeSource> sources(Evidence... evidence) {
        List<KnowledgeSource> sources = new ArrayList<>(evidence.length);
        for (Evidence e : evidence) {
            if (e.source() != null) {
                sources.add(e.source());
            }
        }
        return sources;
    }

    /** The same key for a pair whichever way round. */
    static String pairKey(Drug a, Drug b) {
        return a.rxcui().compareTo(b.rxcui()) < 0 ? a.rxcui() + "+" + b.rxcui() : b.rxcui() + "+" + a.rxcui();
    }

    static String names(List<Drug> drugs) {
        return String.join(", ", drugs.stream().map(Drug::name).toList());
    }
}
