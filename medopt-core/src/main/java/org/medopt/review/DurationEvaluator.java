package org.medopt.review;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.medopt.knowledge.RuleDefinition;
import org.medopt.knowledge.RuleMatch;

/**
 * A drug of a kind taken without a break since more than n days before the review date; an entry without a start
 * date is not judged.
 */
final class DurationEvaluator implements RuleEvaluator {

    @Override
    public List<Hit> evaluate(RuleDefinition rule, ReviewContext context) {
        RuleMatch.Duration match = (RuleMatch.Duration) rule.match();
        List<Hit> hits = new ArrayList<>();
        SelectorIndex.Matches matches = context.matches(match.selector());
        context.drugs().forEach(drug -> matches.match(drug).ifPresent(evidence ->
                context.takenSince(drug)
                        .filter(start -> ChronoUnit.DAYS.between(start, context.reviewDate()) > match.longerThanDays())
                        .ifPresent(start -> hits.add(new Hit(List.of(drug), Evidences.sources(evidence), null,
                                drug.name() + " was started on " + start + ".")))));
        return hits;
    }
}
