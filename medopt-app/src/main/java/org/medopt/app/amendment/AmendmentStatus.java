package org.medopt.app.amendment;

import org.medopt.shared.Coded;

/** Where a request to correct the record stands. */
public enum AmendmentStatus implements Coded {
    REQUESTED("requested", "Waiting for a decision"),
    ACCEPTED("accepted", "Accepted"),
    DENIED("denied", "Denied");

    private final String code;
    private final String label;

    AmendmentStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
