package org.medopt.app.measurement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answers to one instrument as a page sends them: one answer per item id, the day it was completed (staff
 * entering a paper form may give an earlier day; the portal always uses today) and the form's submission token.
 * A bean, so that the page can bind one answer per item.
 */
public class InstrumentForm {

    private Map<String, String> answers = new LinkedHashMap<>();
    private String completedOn;
    private String submissionToken;

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> answers) {
        this.answers = answers;
    }

    public String getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(String completedOn) {
        this.completedOn = completedOn;
    }

    public String getSubmissionToken() {
        return submissionToken;
    }

    public void setSubmissionToken(String submissionToken) {
        this.submissionToken = submissionToken;
    }
}
