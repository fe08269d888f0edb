package org.medopt.app.audit;

import org.medopt.shared.Coded;

/** What was done, or attempted. */
public enum AuditAction implements Coded {
    READ("read"),
    CREATE("create"),
    UPDATE("update"),
    SIGN_IN("sign-in");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
