package org.medopt.app.audit;

import org.medopt.shared.Coded;

/** What was done to a person's record. */
public enum AuditAction implements Coded {
    READ("read"),
    CREATE("create"),
    UPDATE("update");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
