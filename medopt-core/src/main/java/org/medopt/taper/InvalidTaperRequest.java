package org.medopt.taper;

/** A taper request the planner cannot plan from; the message says what to change, in a clinician's words. */
public class InvalidTaperRequest extends IllegalArgumentException {

    private final String field;

    public InvalidTaperRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field at fault, e.g. {@code pace}, for showing the message beside it. */
    public String field() {
        return field;
    }
}
