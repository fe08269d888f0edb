package org.medopt.app.recovery;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One state a recovery goal has had, kept for good.
 *
 * @param change what made this state: {@code written}, {@code words} or {@code status}
 */
public record GoalRevision(int revision, String change, RecoveryDomain domain, String words, String firstSteps,
        GoalStatus status, LocalDate statusSince, String changedBy, OffsetDateTime changedAt) {
}
