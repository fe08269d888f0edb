package org.medopt.app.audit;

import org.medopt.app.account.Role;
import org.medopt.shared.Coded;

/** Why a person's record was opened or changed; the HL7 v3 PurposeOfUse each stands for is in brackets. */
public enum Purpose implements Coded {
    /** A member of the person's care team at work (TREAT). */
    TREATMENT("treatment", "Care by the person's team"),
    /** Staff not on the team who stated an emergency reason (ETREAT). */
    EMERGENCY_TREATMENT("emergency-treatment", "Emergency access"),
    /** The person themselves (PATRQT). */
    INDIVIDUAL_ACCESS("individual-access", "The person's own access"),
    /** Administration of accounts and care teams (HOPERAT). */
    OPERATIONS("operations", "Administration"),
    /** Signing in; no record is opened. */
    SIGN_IN("sign-in", "Sign-in");

    private final String code;
    private final String label;

    Purpose(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The purpose for which someone in this role ordinarily opens a record. */
    public static Purpose usualFor(Role role) {
        return switch (role) {
            case PERSON -> INDIVIDUAL_ACCESS;
            case ADMIN -> OPERATIONS;
            case PRESCRIBER, PHARMACIST, PEER_SUPPORT, CARE_MANAGER -> TREATMENT;
        };
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
