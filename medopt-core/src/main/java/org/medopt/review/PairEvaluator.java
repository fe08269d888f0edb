package org.medopt.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        Evidence[] firsts = matched(context.matches(pair.first()), drugs);
        Evidence[] seconds = matched(context.matches(pair.second()), drugs);
        List<Hit> hits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < firsts.length; i++) {
            for (int j = 0; firsts[i] != null && j < seconds.length; j++) {
                if (i != j && seconds[j] != null && seen.add(Evidences.pairKey(drugs.get(i), drugs.get(j)))) {
                    hits.add(Hit.of(List.of(drugs.get(i), drugs.get(j)), Evidences.sources(firsts[i], seconds[j])));
                }
            }
        }
        return hits;
    }

    /** Why each drug matches, by position in {@code drugs}, null where it does not: looked up once per drug, not per pair. */
    private static Evidence[] matched(SelectorIndex.Matches matches, List<Drug> drugs) {
        Evidence[] evidence = new Evidence[drugs.size()];
        for (int i = 0; i < evidence.length; i++) {
            evidence[i] = matches.match(drugs.get(i)).orElse(null);
        }
        return evidence;
    }
}
