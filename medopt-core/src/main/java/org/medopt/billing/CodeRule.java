package org.medopt.billing;

import java.util.List;
import java.util.Set;
import org.medopt.knowledge.KnowledgeSource;

/**
 * One billing code as the data file gives it: descriptor time, the minutes from which it may be reported, the codes it
 * may not be reported with in the same month, and the sources for all of it.
 */
public record CodeRule(String code, CodeRole role, String descriptor, int descriptorMinutes, int reportableFrom,
        ThresholdBasis basis, ThresholdStatus status, String statusNote, Set<String> excludes,
        List<KnowledgeSource> sources) {

    public CodeRule {
        excludes = Set.copyOf(excludes);
        sources = List.copyOf(sources);
    }

    /** The source ids, comma separated, for citing in an explanation. */
    public String citation() {
        return String.join(", ", sources.stream().map(KnowledgeSource::id).toList());
    }

    /** "(source ids)", plus the caveat when the threshold is only partly confirmed. */
    String cited() {
        String caveat = status == ThresholdStatus.PARTLY_CONFIRMED ? "; threshold partly confirmed: " + statusNote : "";
        return "[" + citation() + caveat + "]";
    }
}
