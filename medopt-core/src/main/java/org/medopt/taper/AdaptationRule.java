package org.medopt.taper;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.taper.Adjustment.Action;

/**
 * A documented rule that adapts a taper to the person's check-ins, read from the check-in data file.
 *
 * @param when plain-language condition, shown to the person and the team
 * @param then plain-language consequence
 * @param basis whether the threshold comes from a source or is MedOpt's own choice, explained in {@code thresholdText}
 * @param parameters the rule's numbers by name ({@code rating}, {@code consecutiveRises}, {@code stepLengthFactor})
 */
public record AdaptationRule(String id, Action action, boolean alertTeam, String when, String then,
        ThresholdBasis basis, String thresholdText, Map<String, Integer> parameters, List<KnowledgeSource> sources) {

    public static final String INTOLERABLE = "intolerable";
    public static final String SAFETY_THOUGHTS = "safety-thoughts";
    public static final String SEVERE_SYMPTOMS = "severe-symptoms";
    public static final String RISING_SYMPTOMS = "rising-symptoms";
    public static final String MODERATE_SYMPTOMS = "moderate-symptoms";
    public static final String PAUSE_REQUEST = "pause-request";
    public static final String SLOW_DOWN_REQUEST = "slow-down-request";
    public static final String RESUME_REQUEST = "resume-request";
    public static final String STABLE = "stable";
    public static final String NO_CHECK_IN = "no-check-in";

    /**
     * Every rule the evaluator implements, in order of precedence, with its action; the data file must list exactly
     * these, in this order, so that the documented precedence is the one the code applies.
     */
    public static final Map<String, Action> PRECEDENCE = orderedMap();

    /** The numbers each rule needs from the data file. */
    static final Map<String, List<String>> PARAMETERS = Map.of(
            SEVERE_SYMPTOMS, List.of("rating"),
            RISING_SYMPTOMS, List.of("consecutiveRises"),
            MODERATE_SYMPTOMS, List.of("rating"),
            SLOW_DOWN_REQUEST, List.of("stepLengthFactor"),
            STABLE, List.of("rating"));

    public AdaptationRule {
        parameters = Map.copyOf(parameters);
        sources = List.copyOf(sources);
    }

    /** The rule's number called {@code name}; the reader has checked that the rule has it. */
    public int parameter(String name) {
        Integer value = parameters.get(name);
        if (value == null) {
            throw new IllegalStateException("rule " + id + " has no " + name);
        }
        return value;
    }

    private static Map<String, Action> orderedMap() {
        Map<String, Action> order = new LinkedHashMap<>();
        order.put(INTOLERABLE, Action.RETURN_TO_EARLIER_STEP);
        order.put(SAFETY_THOUGHTS, Action.HOLD);
        order.put(SEVERE_SYMPTOMS, Action.HOLD);
        order.put(RISING_SYMPTOMS, Action.HOLD);
        order.put(MODERATE_SYMPTOMS, Action.HOLD);
        order.put(PAUSE_REQUEST, Action.PAUSE);
        order.put(SLOW_DOWN_REQUEST, Action.SLOW_DOWN);
        order.put(RESUME_REQUEST, Action.RESUME);
        order.put(STABLE, Action.CONTINUE);
        order.put(NO_CHECK_IN, Action.CONTINUE);
        return Collections.unmodifiableMap(order);
    }
}
