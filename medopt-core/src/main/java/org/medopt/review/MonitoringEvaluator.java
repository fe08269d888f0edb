package org.medopt.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medopt.knowledge.Cited;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.knowledge.MonitoredTest;
import org.medopt.knowledge.MonitoringProtocol;
import org.medopt.knowledge.RuleDefinition;

/**
 * For each monitoring protocol that a drug on the list firmly calls for, the tests with no result within their
 * interval on or before the review date: one hit per protocol, naming the drugs that call for it and the tests due.
 */
final class MonitoringEvaluator implements RuleEvaluator {

    @Override
    public List<Hit> evaluate(RuleDefinition rule, ReviewContext context) {
        Map<String, List<Drug>> drugsByProtocol = new LinkedHashMap<>();
        Map<String, List<KnowledgeSource>> evidence = new LinkedHashMap<>();
        for (Drug drug : context.drugs()) {
            for (Cited<String> protocol : drug.facts().monitoring()) {
                if (protocol.firm()) {
                    drugsByProtocol.computeIfAbsent(protocol.value(), p -> new ArrayList<>()).add(drug);
                    evidence.computeIfAbsent(protocol.value(), p -> new ArrayList<>()).add(protocol.source());
                }
            }
        }
        // Protocols called for by the same drugs make one finding, so each finding keeps its own key (rule and drugs).
        Map<String, Due> byDrugs = new LinkedHashMap<>();
        drugsByProtocol.forEach((id, drugs) -> context.rules().protocol(id).ifPresent(protocol -> {
            Integer days = daysOnDrug(drugs, context);
            due(protocol, days, context).ifPresent(tests -> byDrugs
                    .computeIfAbsent(String.join("+", drugs.stream().map(Drug::rxcui).toList()), k -> new Due(drugs))
                    .add(protocol, tests, days, evidence.get(id)));
        }));
        return byDrugs.values().stream().map(Due::hit).toList();
    }

    /** What is due for one set of drugs, over the protocols they call for. */
    private static final class Due {
        private final List<Drug> drugs;
        private final List<String> protocols = new ArrayList<>();
        private final List<String> tests = new ArrayList<>();
        // Tests of one protocol share sources; each is kept once (the finding cites each once in any case).
        private final Set<KnowledgeSource> sources = Collections.newSetFromMap(new IdentityHashMap<>());

        Due(List<Drug> drugs) {
            this.drugs = drugs;
        }

        void add(MonitoringProtocol protocol, List<MonitoredTest> due, Integer days, List<KnowledgeSource> drugFacts) {
            protocols.add(protocol.title());
            due.forEach(t -> tests.add(describe(t, days)));
            sources.addAll(drugFacts);
            due.forEach(t -> sources.addAll(t.sources()));
        }

        Hit hit() {
            return new Hit(drugs, List.copyOf(sources), String.join("; ", protocols), "Due: " + String.join("; ", tests) + ".");
        }
    }

    private static Optional<List<MonitoredTest>> due(MonitoringProtocol protocol, Integer days, ReviewContext context) {
        List<MonitoredTest> due = new ArrayList<>();
        for (MonitoredTest test : protocol.tests()) {
            if (firm(test) && !current(test, days, context)) {
                due.add(test);
            }
        }
        return due.isEmpty() ? Optional.empty() : Optional.of(due);
    }

    private static boolean current(MonitoredTest test, Integer days, ReviewContext context) {
        LocalDate earliest = test.intervalDays(days).map(context.reviewDate()::minusDays).orElse(LocalDate.MIN);
        return context.hasResultSince(test.loincCodes(), earliest);
    }

    /** Days on the most recently started of the drugs, which sets the strictest schedule; null when no start is known. */
    private static Integer daysOnDrug(List<Drug> drugs, ReviewContext context) {
        Integer fewest = null;
        for (Drug drug : drugs) {
            Optional<LocalDate> start = context.takenSince(drug);
            if (start.isPresent()) {
                int days = (int) ChronoUnit.DAYS.between(start.get(), context.reviewDate());
                fewest = fewest == null ? days : Math.min(fewest, days);
            }
        }
        return fewest;
    }

    private static boolean firm(MonitoredTest test) {
        return KnowledgeSource.allFirm(test.sources());
    }

    private static String describe(MonitoredTest test, Integer days) {
        return test.intervalDays(days)
                .map(interval -> test.display() + " (LOINC " + test.loinc() + ", every " + interval + " days)")
                .orElse(test.display() + " (LOINC " + test.loinc() + ", a result before or at the start of treatment)");
    }
}
