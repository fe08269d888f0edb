package org.medopt.app.review;

import org.medopt.shared.Coded;

/** How a clinician answered a finding. */
public enum ResponseKind implements Coded {
    /** Seen and taken into account, e.g. to talk over with the person at the next visit. */
    ACKNOWLEDGED("acknowledged"),
    /** Seen, and the medication stays as it is for a reason the clinician states. */
    OVERRIDDEN("overridden");

    private final String code;

    ResponseKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
