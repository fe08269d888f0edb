package org.medopt.app.context;

/** A LOINC code and the name it was recorded under, offered when recording another result. */
public record KnownTest(String code, String display) {
}
