package org.medopt.app.web;

/** The record asked for does not exist (or the actor may not know that it does). */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what, long id) {
        super("no " + what + " with id " + id);
    }

    public RecordNotFoundException(String what, String code) {
        super("no " + what + " with code " + code);
    }
}
