package org.medopt.app.demo;

import org.medopt.app.recovery.GoalForm;
import org.medopt.app.recovery.NoteForm;
import org.medopt.app.recovery.RecoveryGoalService;
import org.springframework.stereotype.Component;

/**
 * The demo person's recovery goals: two goals in their own words, a progress note of their own on one, and one by
 * their peer support specialist on the other, so the recovery-goal pages show goals and notes from both sides on a
 * fresh start. Entered through the same service as anyone's.
 */
@Component
class DemoRecoveryGoals {

    private final RecoveryGoalService goals;

    DemoRecoveryGoals(RecoveryGoalService goals) {
        this.goals = goals;
    }

    /** As the person: both goals and their own note; the id of the goal the peer support specialist writes on. */
    long writtenByPerson(long personId) {
        long course = goals.add(personId, new GoalForm("work-or-school", "Go back to my carpentry course",
                "Ask the college about a part-time place. Keep my mornings free.", null, null));
        goals.note(personId, course, new NoteForm("Rang the college: they have a part-time place from September.", null));
        return goals.add(personId, new GoalForm("relationships", "See my brother every other Sunday",
                "Text him on Fridays to fix a time.", null, null));
    }

    /** As the peer support specialist on the person's team: a note on the goal. */
    long peerNote(long personId, long goalId) {
        return goals.note(personId, goalId, new NoteForm("We talked over what helps on visit days: a walk first, and "
                + "that it is fine to leave early when it gets too much.", null));
    }
}
