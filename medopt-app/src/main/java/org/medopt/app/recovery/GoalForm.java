package org.medopt.app.recovery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.medopt.app.web.CodeOf;

/**
 * A recovery goal as written on the page: a new one, or the person's change of its words.
 *
 * @param domain the code of a {@link RecoveryDomain}; a blank choice counts as none, so it gets one message
 * @param goal the goal in the person's own words
 * @param firstSteps what will help, or the first steps, optional
 * @param submissionToken a new goal's form token, against sending it twice
 * @param version the version of the goal the change was made on; {@code null} for a new goal
 */
public record GoalForm(
        @NotNull(message = "choose a life domain")
        @CodeOf(value = RecoveryDomain.class, what = "life domain") String domain,
        @NotBlank(message = "write the goal")
        @Size(max = GoalForm.GOAL_LENGTH, message = "a goal is at most 500 characters") String goal,
        @Size(max = GoalForm.FIRST_STEPS_LENGTH, message = "what will help is at most 1000 characters") String firstSteps,
        @Size(max = 64) String submissionToken,
        Integer version) {

    static final int GOAL_LENGTH = 500;
    static final int FIRST_STEPS_LENGTH = 1000;

    public GoalForm {
        domain = domain == null || domain.isBlank() ? null : domain;
    }

    static GoalForm blank(String submissionToken) {
        return new GoalForm(null, null, null, submissionToken, null);
    }

    static GoalForm of(RecoveryGoal goal) {
        return new GoalForm(goal.domain().code(), goal.words(), goal.firstSteps(), null, goal.version());
    }
}
