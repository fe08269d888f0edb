package org.medopt.app.safety;

/**
 * A safety flag as the team was shown it when the follow-up opened.
 *
 * @param flagId the safety rule's id in the instruments file, e.g. {@code phq9-item9}
 * @param reason the rule's plain-language reason
 * @param answers the answers that set it off, in words, e.g. "thoughts of death or self-harm: Several days (1)"
 */
public record RaisedFlag(String flagId, String reason, String answers) {
}
