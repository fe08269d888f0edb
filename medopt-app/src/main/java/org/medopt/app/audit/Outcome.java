package org.medopt.app.audit;

import org.medopt.shared.Coded;

/** How an audited attempt ended. */
public enum Outcome implements Coded {
    SUCCESS("success"),
    /** The access policy refused it. */
    DENIED("denied"),
    /** A sign-in with a wrong password, an unknown username or a locked account. */
    FAILED("failed");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
