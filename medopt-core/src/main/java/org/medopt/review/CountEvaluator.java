package org.medopt.review;

import java.util.List;
import org.medopt.knowledge.RuleDefinition;
import org.medopt.knowledge.RuleMatch;

/** At least n different drugs of a kind: one hit naming them all. */
final class CountEvaluator implements RuleEvaluator {

    @Override
    public List<Hit> evaluate(RuleDefinition rule, ReviewContext context) {
        RuleMatch.Count count = (RuleMatch.Count) rule.match();
        ReviewContext.Matching matching = context.matching(count.selector());
        if (matching.drugs().size() < count.atLeast()) {
            return List.of();
        }
        return List.of(new Hit(matching.drugs(), matching.evidence(), matching.drugs().size() + " drugs", null));
    }
}
