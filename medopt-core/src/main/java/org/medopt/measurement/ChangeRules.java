package org.medopt.measurement;

import java.util.List;
import org.medopt.knowledge.KnowledgeSource;

/**
 * How a follow-up total is judged against the baseline: response is a drop of at least {@code responseDropPercent}
 * percent; remission is a follow-up total below {@code remissionBelow}. Each with its source.
 */
public record ChangeRules(int responseDropPercent, List<KnowledgeSource> responseSources, int remissionBelow,
        List<KnowledgeSource> remissionSources) {

    public ChangeRules {
        responseSources = List.copyOf(responseSources);
        remissionSources = List.copyOf(remissionSources);
    }
}
