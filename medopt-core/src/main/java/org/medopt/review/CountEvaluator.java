package org.medopt.review;

import java.util.ArrayList;
import java.util.List;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.knowledge.RuleDefinition;
import org.medopt.knowledge.RuleMatch;

/** At least n different drugs of a kind: one hit naming them all. */
final class CountEvaluator implements RuleEvaluator {

    @Override
    public List<Hit> evaluate(RuleDefinition rule, ReviewContext context) {
        RuleMatch.Count count = (RuleMatch.Count) rule.match();
        List<Drug> matching = new ArrayList<>();
        List<KnowledgeSource> evidence = new ArrayList<>();
        for (Drug drug : context.drugs()) {
            context.match(count.selector(), drug).ifPresent(e -> {
                matching.add(drug);
                e.citation().ifPresent(evidence::add);
            });
        }
        if (matching.size() < count.atLeast()) {
            return List.of();
        }
        return List.of(new Hit(matching, evidence, matching.size() + " drugs", null));
    }
}
