package org.medopt.app.access;

import org.medopt.shared.Coded;

/** Kinds of record that even the person's own care team reads only as the law and the person allow. */
public enum SensitiveCategory implements Coded {
    /**
     * Records of a substance-use-disorder treatment program under 42 CFR Part 2: disclosed outside the treating
     * program only with the person's written consent (42 CFR 2.31) or in a medical emergency (42 CFR 2.51), and
     * each disclosure carries the notice of 42 CFR 2.32.
     */
    SUD_PART2("sud-part2", "Substance use treatment records (42 CFR Part 2)", true),
    /** Peer support notes: between the person and their peer support specialist unless the person shares them. */
    PEER_SUPPORT_NOTES("peer-support-notes", "Peer support notes", true),
    /** Psychotherapy notes (45 CFR 164.501): the therapist's own notes, read by no one else. */
    PSYCHOTHERAPY_NOTES("psychotherapy-notes", "Psychotherapy notes", false);

    private final String code;
    private final String label;
    private final boolean shareable;

    SensitiveCategory(String code, String label, boolean shareable) {
        this.code = code;
        this.label = label;
        this.shareable = shareable;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** Whether the person can choose to share this category with their whole care team. */
    public boolean shareable() {
        return shareable;
    }
}
