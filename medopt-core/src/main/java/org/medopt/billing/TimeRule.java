package org.medopt.billing;

import java.util.List;
import org.medopt.knowledge.KnowledgeSource;

/** The CPT time rule the thresholds follow, with how far it is confirmed. */
public record TimeRule(String text, ThresholdStatus status, String statusNote, List<KnowledgeSource> sources) {

    public TimeRule {
        sources = List.copyOf(sources);
    }

    String cited() {
        String ids = String.join(", ", sources.stream().map(KnowledgeSource::id).toList());
        return "[time rule: " + ids + (status == ThresholdStatus.PARTLY_CONFIRMED ? "; partly confirmed" : "") + "]";
    }
}
