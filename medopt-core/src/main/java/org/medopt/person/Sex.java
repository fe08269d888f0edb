package org.medopt.person;

import org.medopt.shared.Coded;

/** Sex as FHIR's administrative gender codes it; rules that depend on it say so in their rationale. */
public enum Sex implements Coded {
    FEMALE("female"),
    MALE("male"),
    OTHER("other"),
    UNKNOWN("unknown");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
