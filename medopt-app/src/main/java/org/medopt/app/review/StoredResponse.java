package org.medopt.app.review;

/** An answer as stored, with the finding key and rule fingerprint it answered. */
record StoredResponse(String findingKey, String ruleFingerprint, Response response) {
}
