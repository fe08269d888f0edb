package org.medopt.taper;

import java.util.List;

/**
 * The check-ins made while the person was on one step of a taper plan.
 *
 * @param step the step's number in the plan, as the plan counts its steps
 * @param checkIns in the order they were made, oldest first
 */
public record StepCheckIns(int step, List<WithdrawalCheckIn> checkIns) {

    public StepCheckIns {
        checkIns = List.copyOf(checkIns);
    }

    public boolean isEmpty() {
        return checkIns.isEmpty();
    }

    /** The most recent check-in; only for a step that has one. */
    public WithdrawalCheckIn latest() {
        return checkIns.get(checkIns.size() - 1);
    }
}
