package org.medopt.app.context;

import com.fasterxml.jackson.annotation.JsonValue;
import org.medopt.shared.Coded;

/** Pregnancy status as recorded; only {@link #PREGNANT} counts as pregnant for the review. */
public enum Pregnancy implements Coded {
    PREGNANT("pregnant", "Pregnant"),
    NOT_PREGNANT("not-pregnant", "Not pregnant"),
    UNKNOWN("unknown", "Not known");

    private final String code;
    private final String label;

    Pregnancy(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
