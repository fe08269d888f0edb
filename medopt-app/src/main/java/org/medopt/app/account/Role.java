package org.medopt.app.account;

import org.medopt.shared.Coded;

/** What a signed-in user is to MedOpt. Staff roles also name the role someone holds on a care team. */
public enum Role implements Coded {
    PERSON("person", "Person served"),
    PRESCRIBER("prescriber", "Prescriber"),
    PHARMACIST("pharmacist", "Pharmacist"),
    PEER_SUPPORT("peer-support", "Peer support specialist"),
    CARE_MANAGER("care-manager", "Care manager"),
    ADMIN("admin", "Administrator");

    private final String code;
    private final String label;

    Role(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Whether this role works on care teams (everyone but the person served and the administrator). */
    public boolean clinicalStaff() {
        return this != PERSON && this != ADMIN;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
