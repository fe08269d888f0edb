package org.medopt.app.safety;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A follow-up to record, from the follow-up's page.
 *
 * @param actions the codes of what was done ({@link FollowUpAction}); at least one
 * @param note what happened and what comes next, required
 */
public record FollowUpForm(
        List<String> actions,
        @Size(max = 2000, message = "a note is at most 2000 characters") String note,
        @Size(max = 64) String submissionToken) {

    public FollowUpForm {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    static FollowUpForm blank(String submissionToken) {
        return new FollowUpForm(List.of(), null, submissionToken);
    }
}
