package org.medopt.review;

import java.util.ArrayList;
import java.util.List;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.RuleDefinition;
import org.medopt.knowledge.RuleMatch;

/** A drug of a kind in a person the rule applies to (its person criteria are checked before): one hit per drug. */
final class SingleDrugEvaluator implements RuleEvaluator {

    @Override
    public List<Hit> evaluate(RuleDefinition rule, ReviewContext context) {
        RuleMatch.Single single = (RuleMatch.Single) rule.match();
        List<Hit> hits = new ArrayList<>();
        for (Drug drug : context.drugs()) {
            context.match(single.selector(), drug)
                    .ifPresent(e -> hits.add(Hit.of(List.of(drug), Evidences.sources(e))));
        }
        return hits;
    }
}
