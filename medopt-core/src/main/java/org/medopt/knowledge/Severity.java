package org.medopt.knowledge;

import org.medopt.shared.Coded;

/** How urgently a finding should be looked at, most urgent first. */
public enum Severity implements Coded {
    CRITICAL("critical"),
    WARNING("warning"),
    INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
