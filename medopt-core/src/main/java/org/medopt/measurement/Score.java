package org.medopt.measurement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The result of one set of answers to one instrument.
 *
 * @param answers the answers as given, by item id
 * @param total the sum of the scored items' points; empty for an unscored instrument
 * @param band the named band the total falls in; empty when the instrument has no bands or is unscored
 * @param percentage the total as a percentage, where the instrument defines one (WHO-5)
 * @param cutOffsMet the instrument's cut-offs the total is below
 * @param safetyFlags the safety rules the answers set off, each with its reason
 */
public record Score(String instrumentId, Map<String, Integer> answers, OptionalInt total, Optional<Band> band,
        OptionalInt percentage, List<CutOff> cutOffsMet, List<SafetyFlag> safetyFlags) {

    public Score {
        answers = Map.copyOf(answers);
        cutOffsMet = List.copyOf(cutOffsMet);
        safetyFlags = List.copyOf(safetyFlags);
    }

    public boolean flagged() {
        return !safetyFlags.isEmpty();
    }
}
