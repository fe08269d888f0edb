package org.medopt.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugSelector.Evidence;
import org.medopt.knowledge.RuleDefinition;
import org.medopt.knowledge.RuleMatch;

/** One drug of the first kind with a different drug of the second: one hit per pair, whichever way round it matched. */
final class PairEvaluator implements RuleEvaluator {

    @Override
    public List<Hit> evaluate(RuleDefinition rule, ReviewContext context) {
        RuleMatch.Pair pair = (RuleMatch.Pair) rule.match();
        List<Drug> drugs = context.drugs();
        List<Hit> hits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Drug first : drugs) {
            Optional<Evidence> a = context.match(pair.first(), first);
            if (a.isEmpty()) {
                continue;
            }
            for (Drug second : drugs) {
                if (second == first) {
                    continue;
                }
                Optional<Evidence> b = context.match(pair.second(), second);
                if (b.isPresent() && seen.add(Evidences.pairKey(first, second))) {
                    hits.add(Hit.of(List.of(first, second), Evidences.sources(a.get(), b.get())));
                }
            }
        }
        return hits;
    }
}
