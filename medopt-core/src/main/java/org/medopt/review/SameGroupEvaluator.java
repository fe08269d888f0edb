package org.medopt.review;

import java.util.ArrayList;
import java.util.List;
import org.medopt.knowledge.RuleDefinition;
import org.medopt.knowledge.RuleMatch;

/** At least n different drugs within one group (e.g. two SSRIs): one hit per group. */
final class SameGroupEvaluator implements RuleEvaluator {

    @Override
    public List<Hit> evaluate(RuleDefinition rule, ReviewContext context) {
        RuleMatch.SameGroup match = (RuleMatch.SameGroup) rule.match();
        List<Hit> hits = new ArrayList<>();
        for (RuleMatch.NamedGroup group : match.groups()) {
            ReviewContext.Matching members = context.matching(group.selector());
            if (members.drugs().size() >= match.atLeast()) {
                hits.add(new Hit(members.drugs(), members.evidence(), group.name(), null));
            }
        }
        return hits;
    }
}
