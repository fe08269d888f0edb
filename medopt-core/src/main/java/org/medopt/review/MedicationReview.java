package org.medopt.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.KnowledgeBase;
import org.medopt.knowledge.RuleDefinition;
import org.medopt.knowledge.RuleMatch;

/**
 * Medication therapy review: a pure function of the medication list, the person's context and the knowledge base.
 * Every rule of the knowledge base is evaluated by the evaluator for its kind; a rule resting on an unverified source
 * never fires, and evaluators read only facts whose source is not unverified.
 */
public final class MedicationReview {

    private static final Map<Class<? extends RuleMatch>, RuleEvaluator> EVALUATORS = Map.of(
            RuleMatch.Pair.class, new PairEvaluator(),
            RuleMatch.Count.class, new CountEvaluator(),
            RuleMatch.SameGroup.class, new SameGroupEvaluator(),
            RuleMatch.Enzyme.class, new EnzymeEvaluator(),
            RuleMatch.Single.class, new SingleDrugEvaluator(),
            RuleMatch.DoseLimit.class, new DoseLimitEvaluator(),
            RuleMatch.AnticholinergicTotal.class, new AnticholinergicEvaluator(),
            RuleMatch.MonitoringDue.class, new MonitoringEvaluator(),
            RuleMatch.Duration.class, new DurationEvaluator(),
            RuleMatch.StopWindow.class, new StopWindowEvaluator());

    private final KnowledgeBase knowledge;
    private final SelectorIndex selectors;
    private final FindingWriter writer;
    private final Map<RuleDefinition, RuleEvaluator> firmRules = new LinkedHashMap<>();

    public MedicationReview(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.selectors = new SelectorIndex(knowledge);
        this.writer = new FindingWriter(knowledge);
        knowledge.reviewRules().rules().stream().filter(RuleDefinition::firm)
                .forEach(rule -> firmRules.put(rule, EVALUATORS.get(rule.match().getClass())));
    }

    public ReviewResult review(List<ReviewedMedication> medications, PersonContext person) {
        List<ActiveDrug> active = new ArrayList<>();
        List<ActiveDrug> stopped = new ArrayList<>();
        TreeSet<String> notChecked = new TreeSet<>();
        for (ReviewedMedication medication : medications) {
            // The stop date is the first day without the medicine, as a medication entry's currentOn reads it.
            boolean isStopped = medication.stopDate() != null && !medication.stopDate().isAfter(person.reviewDate());
            Optional<Drug> drug = Optional.ofNullable(medication.rxcui()).flatMap(knowledge.catalog()::byRxcui);
            if (drug.isPresent()) {
                (isStopped ? stopped : active).add(new ActiveDrug(medication, drug.get()));
            } else if (!isStopped) {
                notChecked.add(medication.name() == null ? "(unnamed medicine)" : medication.name());
            }
        }
        ReviewContext context = ReviewContext.of(person, active, stopped, knowledge.reviewRules(), selectors);
        Map<FindingIdentity, Finding> findings = new LinkedHashMap<>();
        Optional<Integer> age = person.age();
        for (Map.Entry<RuleDefinition, RuleEvaluator> entry : firmRules.entrySet()) {
            RuleDefinition rule = entry.getKey();
            if (PersonFilter.fits(rule.person(), person, age, knowledge.reviewRules())) {
                for (Hit hit : entry.getValue().evaluate(rule, context)) {
                    Finding finding = writer.write(rule, hit);
                    findings.putIfAbsent(new FindingIdentity(finding.ruleId(), finding.rxcuis()), finding);
                }
            }
        }
        List<Finding> sorted = new ArrayList<>(findings.values());
        sorted.sort(MedicationReview::inOrder);
        return new ReviewResult(knowledge.version(), sorted, List.copyOf(notChecked));
    }

    /** What {@link Finding#key()} says, without writing it out as text for every finding of every review. */
    private record FindingIdentity(String ruleId, List<String> rxcuis) {
    }

    /** Most severe first, then by category, rule and the implicated drugs' codes, so the order never depends on the list's. */
    private static int inOrder(Finding a, Finding b) {
        int order = a.severity().compareTo(b.severity());
        if (order == 0) {
            order = a.category().compareTo(b.category());
        }
        if (order == 0) {
            order = a.ruleId().compareTo(b.ruleId());
        }
        return order != 0 ? order : compareCodes(a.rxcuis(), b.rxcuis());
    }

    /** Lists of codes in the order of their "+"-joined text, without joining them for every comparison. */
    private static int compareCodes(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int byCode = a.get(i).compareTo(b.get(i));
            if (byCode != 0) {
                return byCode;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
