package org.medopt.app.recovery;

import org.medopt.shared.Coded;

/**
 * The life domains a recovery goal belongs to, as MedOpt's requirement (issue 6) names them. They cover the four
 * dimensions that SAMHSA's Working Definition of Recovery (2012) says support a life in recovery: health, home,
 * purpose (work, school and other meaningful activity) and community (relationships). Source seen only as quoted by
 * secondary sources, not checked against SAMHSA's brochure; the split into five domains is MedOpt's own choice.
 */
public enum RecoveryDomain implements Coded {
    HOUSING("housing", "Housing", "A safe, stable place to live"),
    WORK_OR_SCHOOL("work-or-school", "Work or school", "A job, studies, volunteering, training"),
    RELATIONSHIPS("relationships", "Relationships", "Family, friends, partners, community"),
    HEALTH("health", "Health", "Body and mind, sleep, food, moving, managing symptoms"),
    MEANING_AND_PURPOSE("meaning-and-purpose", "Meaning and purpose", "What gives life meaning: faith, creativity, giving back");

    private final String code;
    private final String label;
    private final String examples;

    RecoveryDomain(String code, String label, String examples) {
        this.code = code;
        this.label = label;
        this.examples = examples;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** A few words on what the domain takes in, to help choose one. */
    public String examples() {
        return examples;
    }
}
