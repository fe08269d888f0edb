package org.medopt.billing;

/** A care-management month the billing rules cannot judge; the message says what to change. */
public class InvalidCareManagementMonth extends IllegalArgumentException {

    private final String field;

    public InvalidCareManagementMonth(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, e.g. {@code careManagerMinutes}. */
    public String field() {
        return field;
    }
}
