package org.medopt.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.medopt.knowledge.RuleDefinition;
import org.medopt.knowledge.RuleMatch;

/**
 * A drug with a firm high withdrawal risk whose entry stops within a window around the review date, unless another
 * entry of the same drug goes on past that stop (a dose change recorded as a new entry is not a stop).
 */
final class StopWindowEvaluator implements RuleEvaluator {

    @Override
    public List<Hit> evaluate(RuleDefinition rule, ReviewContext context) {
        RuleMatch.StopWindow match = (RuleMatch.StopWindow) rule.match();
        LocalDate from = context.reviewDate().minusDays(match.daysBefore());
        LocalDate to = context.reviewDate().plusDays(match.daysAfter());
        List<ActiveDrug> entries = new ArrayList<>(context.active());
        entries.addAll(context.stopped());
        entries.sort(Comparator.comparing(ActiveDrug::rxcui));
        List<Hit> hits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ActiveDrug entry : entries) {
            LocalDate stop = entry.medication().stopDate();
            if (stop == null || stop.isBefore(from) || stop.isAfter(to) || context.continuesAfter(entry.drug(), stop)) {
                continue;
            }
            entry.drug().facts().withdrawal()
                    .filter(risk -> risk.value() == match.level())
                    .filter(risk -> seen.add(entry.rxcui()))
                    .ifPresent(risk -> hits.add(new Hit(List.of(entry.drug()), List.of(risk.source()), null,
                            entry.drug().name() + " stops on " + stop + ".")));
        }
        return hits;
    }
}
