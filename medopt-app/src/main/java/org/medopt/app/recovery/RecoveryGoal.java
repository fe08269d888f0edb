package org.medopt.app.recovery;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A recovery goal with the progress notes the reader may read, newest first.
 *
 * @param words the goal in the person's own words
 * @param firstSteps what will help, or the first steps; {@code null} when none were written
 * @param statusSince the day the goal took its status
 * @param writtenBy the username of who wrote the goal: the person, or a team member writing it down with them
 * @param writtenByName that writer's name at the time
 * @param writtenWithPerson whether a team member wrote it down together with the person
 * @param notesWithheld how many notes the reader may not read (peer support notes the person has not shared)
 */
public record RecoveryGoal(long id, long personId, RecoveryDomain domain, String words, String firstSteps,
        GoalStatus status, LocalDate statusSince, String writtenBy, String writtenByName, boolean writtenWithPerson,
        int version, OffsetDateTime createdAt, OffsetDateTime updatedAt, List<ProgressNote> notes, int notesWithheld) {

    RecoveryGoal withNotes(List<ProgressNote> readable, int withheld) {
        return new RecoveryGoal(id, personId, domain, words, firstSteps, status, statusSince, writtenBy, writtenByName,
                writtenWithPerson, version, createdAt, updatedAt, List.copyOf(readable), withheld);
    }

    RecoveryGoal withWords(RecoveryDomain newDomain, String newWords, String newFirstSteps) {
        return new RecoveryGoal(id, personId, newDomain, newWords, newFirstSteps, status, statusSince, writtenBy,
                writtenByName, writtenWithPerson, version, createdAt, updatedAt, notes, notesWithheld);
    }

    RecoveryGoal withStatus(GoalStatus newStatus, LocalDate since) {
        return new RecoveryGoal(id, personId, domain, words, firstSteps, newStatus, since, writtenBy, writtenByName,
                writtenWithPerson, version, createdAt, updatedAt, notes, notesWithheld);
    }

    public boolean active() {
        return status == GoalStatus.ACTIVE;
    }
}
