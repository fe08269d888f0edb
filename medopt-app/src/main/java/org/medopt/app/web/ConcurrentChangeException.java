package org.medopt.app.web;

/** Someone else changed the record since it was read; the change was not saved. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what) {
        super("this " + what + " was changed by someone else since you opened it; reload it and make your change again");
    }
}
