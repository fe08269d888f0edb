package org.medopt.app.recovery;

import jakarta.validation.constraints.NotBlank;
import org.medopt.app.web.CodeOf;

/**
 * The person marks a goal achieved, sets it aside, or takes it up again.
 *
 * @param status the code of the new {@link GoalStatus}
 * @param version the version of the goal the person saw
 */
public record StatusForm(
        @NotBlank(message = "choose achieved, set aside or working on it")
        @CodeOf(value = GoalStatus.class, what = "goal status") String status,
        Integer version) {
}
