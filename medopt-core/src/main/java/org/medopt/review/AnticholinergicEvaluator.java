package org.medopt.review;

import java.util.ArrayList;
import java.util.List;
import org.medopt.knowledge.Cited;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.knowledge.RuleDefinition;
import org.medopt.knowledge.RuleMatch;

/** The sum of the firm anticholinergic scores of the different drugs, at or above the rule's threshold. */
final class AnticholinergicEvaluator implements RuleEvaluator {

    @Override
    public List<Hit> evaluate(RuleDefinition rule, ReviewContext context) {
        RuleMatch.AnticholinergicTotal match = (RuleMatch.AnticholinergicTotal) rule.match();
        int total = 0;
        List<Drug> contributing = new ArrayList<>();
        List<KnowledgeSource> evidence = new ArrayList<>();
        for (Drug drug : context.drugs()) {
            Cited<Integer> score = drug.facts().anticholinergic().orElse(null);
            if (score != null && score.value() > 0) {
                total += score.value();
                contributing.add(drug);
                evidence.add(score.source());
            }
        }
        if (total < match.atLeast()) {
            return List.of();
        }
        return List.of(new Hit(contributing, evidence, "total score " + total,
                "Scores: " + Evidences.names(contributing) + " add up to " + total + "."));
    }
}
