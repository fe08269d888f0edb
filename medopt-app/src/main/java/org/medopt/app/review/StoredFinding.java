package org.medopt.app.review;

import org.medopt.knowledge.Severity;

/** A finding as stored: enough to count it and to match answers to it. */
record StoredFinding(String key, Severity severity, String ruleFingerprint) {
}
