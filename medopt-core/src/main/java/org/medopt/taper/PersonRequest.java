package org.medopt.taper;

import org.medopt.shared.Coded;

/** What the person asks of the taper plan at a check-in; slowing down and pausing are always honoured. */
public enum PersonRequest implements Coded {
    NONE("none"),
    SLOW_DOWN("slow-down"),
    PAUSE("pause"),
    RESUME("resume");

    private final String code;

    PersonRequest(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
