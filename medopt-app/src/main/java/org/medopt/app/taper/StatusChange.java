package org.medopt.app.taper;

/**
 * A clinician's change of a plan's status.
 *
 * @param action {@code start}, {@code pause}, {@code resume} or {@code stop}
 * @param reason why; required to pause, resume or stop
 */
public record StatusChange(String action, String reason) {
}
