package org.medopt.app.safety;

import org.medopt.shared.Coded;

/**
 * What a clinician did to follow up a safety flag. Any action but {@link #NOT_REACHED} closes the follow-up: the
 * person was reached, or handed to crisis or emergency services. Which actions close is MedOpt's own choice.
 */
public enum FollowUpAction implements Coded {
    SPOKE_WITH_PERSON("spoke-with-person", "Spoke with the person", true),
    RISK_ASSESSMENT("risk-assessment", "Suicide risk assessment done", true),
    SAFETY_PLAN("safety-plan", "Safety plan made or reviewed", true),
    CRISIS_REFERRAL("crisis-referral", "Referred to crisis services or emergency care", true),
    NOT_REACHED("not-reached", "Could not reach the person — tried", false);

    private final String code;
    private final String label;
    private final boolean closes;

    FollowUpAction(String code, String label, boolean closes) {
        this.code = code;
        this.label = label;
        this.closes = closes;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Whether recording this action closes the follow-up. */
    public boolean closes() {
        return closes;
    }

    /** Whether the action means the person was reached, which "could not reach" contradicts. */
    boolean reachedThePerson() {
        return this == SPOKE_WITH_PERSON || this == RISK_ASSESSMENT || this == SAFETY_PLAN;
    }
}
