package org.medopt.app.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that passed its own field checks but is wrong in context; names the field, or several fields each with its
 * own message, so a page can show each where it belongs.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> byField;

    public InvalidInputException(String field, String message) {
        this(Map.of(field, message));
    }

    /** Several fields at fault at once, each with its message, in the map's order. */
    public InvalidInputException(Map<String, String> byField) {
        super(String.join("; ", byField.values()));
        this.byField = new LinkedHashMap<>(byField);
    }

    /** The first field at fault. */
    public String field() {
        return byField.keySet().iterator().next();
    }

    /** Every field at fault with its message. */
    public Map<String, String> byField() {
        return Collections.unmodifiableMap(byField);
    }
}
