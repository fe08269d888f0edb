package org.medopt.medication;

import org.medopt.shared.Coded;

/** What kind of product an entry in a personal medication record is. */
public enum MedicationKind implements Coded {
    PRESCRIPTION("prescription", "Prescription"),
    OVER_THE_COUNTER("over-the-counter", "Over the counter"),
    HERBAL("herbal", "Herbal"),
    SUPPLEMENT("supplement", "Supplement");

    private final String code;
    private final String label;

    MedicationKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** Whether a person may add this kind from the portal without a prescriber. */
    public boolean selfReportable() {
        return this != PRESCRIPTION;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
