package org.medopt.review;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.medopt.knowledge.RuleDefinition;
import org.medopt.knowledge.RuleMatch;

/** A drug of a kind started more than n days before the review date; an entry without a start date is not judged. */
final class DurationEvaluator implements RuleEvaluator {

    @Override
    public List<Hit> evaluate(RuleDefinition rule, ReviewContext context) {
        RuleMatch.Duration match = (RuleMatch.Duration) rule.match();
        List<Hit> hits = new ArrayList<>();
        context.drugs().forEach(drug -> context.match(match.selector(), drug).ifPresent(evidence ->
                context.active().stream()
                        .filter(a -> a.rxcui().equals(drug.rxcui()) && a.medication().startDate() != null)
                        .map(a -> a.medication().startDate())
                        .min(Comparator.naturalOrder())
                        .filter(start -> ChronoUnit.DAYS.between(start, context.reviewDate()) > match.longerThanDays())
                        .ifPresent(start -> hits.add(new Hit(List.of(drug), Evidences.sources(evidence), null,
                                drug.name() + " was started on " + start + ".")))));
        return hits;
    }
}
