package org.medopt.app.submission;

/** The same form or request was submitted twice; the first one was saved, this one was not. */
public class DuplicateSubmissionException extends RuntimeException {

    public DuplicateSubmissionException() {
        super("this was already submitted and saved once; it was not saved again");
    }
}
