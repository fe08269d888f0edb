package org.medopt.taper;

import static org.medopt.taper.AdaptationRule.INTOLERABLE;
import static org.medopt.taper.AdaptationRule.NO_CHECK_IN;
import static org.medopt.taper.AdaptationRule.PAUSE_REQUEST;
import static org.medopt.taper.AdaptationRule.RESUME_REQUEST;
import static org.medopt.taper.AdaptationRule.SLOW_DOWN_REQUEST;
import static org.medopt.taper.AdaptationRule.STABLE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medopt.taper.Adjustment.Action;
import org.medopt.taper.Adjustment.DecidedBy;
import org.medopt.taper.Adjustment.Decision;

/**
 * Applies the documented adaptation rules to the check-ins of a taper and says what changes, who made each change and
 * why. Rules are listed in order of precedence; the plan takes the slowest action any of them asks for, so a symptom
 * rule outweighs a request to resume, and a person's pause or slow-down is never overridden toward going faster.
 */
public final class TaperAdaptation {

    private final WithdrawalChecklist checklist;
    private final SymptomRules symptoms;
    private final int stepLengthFactor;

    public TaperAdaptation(WithdrawalChecklist checklist) {
        this.checklist = checklist;
        this.symptoms = new SymptomRules(checklist);
        this.stepLengthFactor = checklist.rule(SLOW_DOWN_REQUEST).parameter("stepLengthFactor");
    }

    /**
     * What the check-ins on the {@code current} step change, given the check-ins on the {@code earlier} steps (oldest
     * first), which say where a return to the last well-tolerated dose would go.
     *
     * @throws IllegalArgumentException when a check-in rates an item the checklist does not define
     */
    public Adjustment adjust(StepCheckIns current, List<StepCheckIns> earlier) {
        requireKnownItems(current);
        earlier.forEach(this::requireKnownItems);
        if (current.isEmpty()) {
            // Missing data is reported as missing: the plan goes on, but nobody may read this as "stable".
            return Adjustment.of(List.of(rule(NO_CHECK_IN, "No check-in yet on step " + current.step()
                    + ": nothing is known about this step yet, which is not the same as it going well."
                    + " Continuing as planned.")), null);
        }
        WithdrawalCheckIn latest = current.latest();
        List<Decision> decisions = new ArrayList<>();
        Integer returnTo = null;
        if (latest.intolerable()) {
            Optional<StepCheckIns> tolerated = lastWellTolerated(earlier);
            returnTo = tolerated.map(StepCheckIns::step).orElse(null);
            decisions.add(intolerable(latest, tolerated));
        }
        decisions.addAll(symptoms.fired(current.checkIns(), current.checkIns().size() - 1));
        boolean symptomsHold = !decisions.isEmpty();
        decisions.addAll(requests(current, symptomsHold));
        if (!symptomsHold) {
            decisions.add(rule(STABLE, "Nothing rated above " + checklist.severityWord(
                    checklist.rule(STABLE).parameter("rating")) + " on " + latest.date() + " (symptom total "
                    + latest.total() + ", how hard " + latest.howHard() + " out of " + WithdrawalCheckIn.HIGHEST_HOW_HARD
                    + "), not intolerable, nothing rising: continue as planned."));
        }
        return Adjustment.of(decisions, returnTo);
    }

    /** The most recent earlier step on which every check-in was stable; steps without a check-in do not count. */
    Optional<StepCheckIns> lastWellTolerated(List<StepCheckIns> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (symptoms.wellTolerated(earlier.get(i))) {
                return Optional.of(earlier.get(i));
            }
        }
        return Optional.empty();
    }

    private Decision intolerable(WithdrawalCheckIn latest, Optional<StepCheckIns> tolerated) {
        String said = "You said on " + latest.date() + " that this is intolerable";
        if (tolerated.isEmpty()) {
            // With no well-tolerated dose to go back to, the safest documented move is to stop here and ask the team.
            return new Decision(INTOLERABLE, Action.HOLD, true, DecidedBy.RULE, said + ", but no earlier step had"
                    + " check-ins that were all stable, so there is no well-tolerated dose to go back to: holding this"
                    + " step and alerting the team to decide with you.");
        }
        StepCheckIns step = tolerated.get();
        return rule(INTOLERABLE, said + ": back to step " + step.step() + ", the most recent earlier step on which"
                + " every check-in was stable (" + step.checkIns().size() + " check-ins, " + step.checkIns().get(0).date()
                + " to " + step.latest().date() + "); alerting the team.");
    }

    /** The person's requests: a pause lasts until they resume, a slow-down and a resume are the latest check-in's. */
    private List<Decision> requests(StepCheckIns current, boolean symptomsHold) {
        List<Decision> honoured = new ArrayList<>();
        WithdrawalCheckIn latest = current.latest();
        Optional<WithdrawalCheckIn> pausedBy = current.checkIns().stream()
                .filter(c -> c.request() == PersonRequest.PAUSE || c.request() == PersonRequest.RESUME)
                .reduce((first, second) -> second)
                .filter(c -> c.request() == PersonRequest.PAUSE);
        pausedBy.ifPresent(c -> honoured.add(person(PAUSE_REQUEST, (c == latest
                ? "You asked on " + c.date() + " to pause" : "Paused at your request since " + c.date())
                + ": staying at this dose until you or your clinician resume.")));
        if (latest.request() == PersonRequest.SLOW_DOWN) {
            honoured.add(person(SLOW_DOWN_REQUEST, "You asked on " + latest.date() + " to slow down: each remaining"
                    + " step will last " + stepLengthFactor + " times as long, at the same doses."));
        }
        if (latest.request() == PersonRequest.RESUME) {
            honoured.add(person(RESUME_REQUEST, "You asked on " + latest.date() + " to resume" + (symptomsHold
                    ? "; this step stays held for now because of the symptom rule above, and the team will talk it"
                            + " through with you."
                    : ": the plan goes on as planned.")));
        }
        return honoured;
    }

    private Decision rule(String id, String reason) {
        return Decision.byRule(checklist.rule(id), reason);
    }

    private Decision person(String id, String reason) {
        AdaptationRule request = checklist.rule(id);
        return new Decision(id, request.action(), request.alertTeam(), DecidedBy.PERSON, reason);
    }

    private void requireKnownItems(StepCheckIns step) {
        step.checkIns().forEach(c -> c.ratings().keySet().forEach(item -> {
            if (checklist.item(item).isEmpty()) {
                throw new IllegalArgumentException("the check-in of " + c.date() + " on step " + step.step()
                        + " rates '" + item + "', which the withdrawal checklist does not define");
            }
        }));
    }
}
