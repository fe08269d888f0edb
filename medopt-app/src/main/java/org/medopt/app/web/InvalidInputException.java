package org.medopt.app.web;

/** Input that passed its own field checks but is wrong in context; names the field so a page can show it there. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
