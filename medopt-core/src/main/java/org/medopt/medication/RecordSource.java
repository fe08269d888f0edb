package org.medopt.medication;

import org.medopt.shared.Coded;

/** Where an entry in a personal medication record came from. */
public enum RecordSource implements Coded {
    REPORTED_BY_PERSON("reported-by-person", "Reported by the person"),
    PRESCRIBED_HERE("prescribed-here", "Prescribed here"),
    IMPORTED("imported", "Imported");

    private final String code;
    private final String label;

    RecordSource(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
