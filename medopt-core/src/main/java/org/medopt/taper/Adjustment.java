package org.medopt.taper;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.medopt.shared.Coded;

/**
 * What the check-ins on the current step change in the taper plan, with each rule or request that made the change.
 *
 * @param action the slowest action any decision asks for: a person's pause is never overridden toward going faster
 * @param returnToStep the step to go back to; null unless a decision returns to an earlier step
 * @param alertTeam whether any decision asks to alert the care team
 * @param decisions every rule that fired and every request honoured, in order of precedence
 */
public record Adjustment(Action action, Integer returnToStep, boolean alertTeam, List<Decision> decisions) {

    /** What happens to the plan; declared from slowest to fastest, which is how decisions are combined. */
    public enum Action implements Coded {
        RETURN_TO_EARLIER_STEP("return-to-earlier-step"),
        PAUSE("pause"),
        HOLD("hold"),
        SLOW_DOWN("slow-down"),
        RESUME("resume"),
        CONTINUE("continue");

        private final String code;

        Action(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /** Who made a decision: a documented rule, or the person's own request. */
    public enum DecidedBy {
        RULE,
        PERSON
    }

    /** One rule that fired or one request honoured, with the values that made it so. */
    public record Decision(String rule, Action action, boolean alertTeam, DecidedBy decidedBy, String reason) {

        public Decision {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(reason, "reason");
        }

        /** A decision made by {@code rule}, taking its action and alert as the data file defines them. */
        static Decision byRule(AdaptationRule rule, String reason) {
            return new Decision(rule.id(), rule.action(), rule.alertTeam(), DecidedBy.RULE, reason);
        }
    }

    public Adjustment {
        decisions = List.copyOf(decisions);
        if (decisions.isEmpty()) {
            throw new IllegalArgumentException("an adjustment needs at least one decision");
        }
        boolean returns = decisions.stream().anyMatch(d -> d.action() == Action.RETURN_TO_EARLIER_STEP);
        if (returns != (returnToStep != null)) {
            throw new IllegalArgumentException("a step to return to goes with, and only with, a return decision");
        }
    }

    /** The adjustment that {@code decisions} make together: the slowest action, an alert if any asks for one. */
    static Adjustment of(List<Decision> decisions, Integer returnToStep) {
        Action slowest = decisions.stream().map(Decision::action).min(Comparator.naturalOrder()).orElseThrow();
        boolean alert = decisions.stream().anyMatch(Decision::alertTeam);
        return new Adjustment(slowest, returnToStep, alert, decisions);
    }

    /** The ids of the rules that fired and requests honoured, in order of precedence. */
    public List<String> rules() {
        return decisions.stream().map(Decision::rule).toList();
    }

    /** Every decision's reason, in order of precedence, as one text. */
    public String reason() {
        return decisions.stream().map(Decision::reason).collect(Collectors.joining(" "));
    }

    /** Whether the person asked to slow down: the remaining steps take longer, whatever else happens now. */
    public boolean slowsDown() {
        return decisions.stream().anyMatch(d -> d.action() == Action.SLOW_DOWN);
    }

    /** Whether the plan stays paused at the person's request until they or a clinician resume it. */
    public boolean paused() {
        return decisions.stream().anyMatch(d -> d.action() == Action.PAUSE);
    }
}
