package org.medopt.taper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.medopt.knowledge.Cited;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.WithdrawalRisk;

/**
 * Proposes an order for reducing several drugs and dates their plans so only one drug changes at a time: the next
 * drug's first cut starts the step after the previous drug's stop.
 */
public final class TaperSequence {

    private final TaperPlanner planner;

    public TaperSequence(TaperPlanner planner) {
        this.planner = planner;
    }

    /**
     * The schedule for {@code requests}, starting on the first request's start date. Drugs the person named in
     * {@code priority} come first, in that order; the others follow from lower to higher withdrawal risk as the
     * knowledge base grades it, so the drugs hardest to stop come last.
     */
    public TaperSchedule plan(List<TaperRequest> requests, List<Drug> priority) {
        if (requests.isEmpty()) {
            throw new InvalidTaperRequest("requests", "Give at least one drug to taper.");
        }
        List<TaperRequest> ordered = new ArrayList<>(requests);
        ordered.sort(Comparator.comparingInt((TaperRequest r) -> rank(priority, r.drug()))
                .thenComparingInt(r -> riskRank(r.drug())));
        List<String> explanation = new ArrayList<>();
        explanation.add("Proposed order: " + ordered.stream().map(r -> r.drug().name()).collect(Collectors.joining(", "))
                + ". This is a proposal to talk over with the person, who may prefer another order. Ordering by"
                + " withdrawal risk is MedOpt's suggestion, not a published rule; Australian Prescriber's"
                + " \"Deprescribing\" advises stopping first the drug suspected of causing harm.");
        ordered.forEach(r -> explanation.add(reason(priority, r.drug())));
        explanation.add("Only one drug changes at a time: each drug's first cut starts one step after the previous "
                + "drug's stop, so a withdrawal symptom can be traced to one change (Australian Prescriber, "
                + "\"Deprescribing\": stop or reduce the dose of one drug at a time).");
        List<String> warnings = new ArrayList<>();
        List<TaperPlan> plans = new ArrayList<>();
        LocalDate next = requests.get(0).start();
        for (TaperRequest r : ordered) {
            TaperPlan plan = planner.plan(r.startingOn(next));
            plans.add(plan);
            if (!plan.complete()) {
                warnings.add(plan.drug() + "'s plan stops short of zero; the drugs after it start when its last step "
                        + "ends, while " + plan.drug() + " is held at its last dose.");
            }
            next = plan.steps().isEmpty() ? next : plan.last().end().plusDays(1);
        }
        return new TaperSchedule(plans, explanation, warnings);
    }

    private static int rank(List<Drug> priority, Drug drug) {
        int at = priority.indexOf(drug);
        return at < 0 ? priority.size() : at;
    }

    /**
     * MedOpt's ordering: low, then moderate, then drugs the knowledge base does not grade (their risk is unknown, so
     * they go before the drugs known to be high), then high.
     */
    private static int riskRank(Drug drug) {
        return drug.facts().withdrawal().map(Cited::value).map(w -> switch (w) {
            case LOW -> 0;
            case MODERATE -> 1;
            case HIGH -> 3;
        }).orElse(2);
    }

    private static String reason(List<Drug> priority, Drug drug) {
        if (priority.contains(drug)) {
            return drug.name() + ": the person's own priority (" + ordinal(priority.indexOf(drug) + 1) + ").";
        }
        return drug.facts().withdrawal().map(w -> drug.name() + ": withdrawal risk graded " + w.value().code() + " ("
                + w.source().title() + ")" + (w.value() == WithdrawalRisk.HIGH ? ", so it comes last." : "."))
                .orElse(drug.name() + ": withdrawal risk not graded in the knowledge base; placed before the drugs "
                        + "graded high.");
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "first";
            case 2 -> "second";
            case 3 -> "third";
            default -> n + "th";
        };
    }
}
