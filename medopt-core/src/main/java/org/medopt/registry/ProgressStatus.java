package org.medopt.registry;

import org.medopt.shared.Coded;

/** What the not-improving rule makes of a person's PHQ-9 scores in a care episode. */
public enum ProgressStatus implements Coded {
    /** The latest score meets the rule's improvement. */
    IMPROVING("improving", "Improving"),
    /** From the rule's week on, the latest score does not meet its improvement: bring to psychiatric case review. */
    NOT_IMPROVING("not-improving", "Not improving"),
    /** Not improved yet, but the rule's week has not come. */
    TOO_EARLY("too-early", "Too early to judge"),
    /** No score near the episode's start to compare with. */
    NO_BASELINE("no-baseline", "No baseline"),
    /** A baseline, but no score since, and the rule's week has come. */
    NO_FOLLOW_UP("no-follow-up", "No score since baseline"),
    /** The baseline is below the scores the rule was studied on, so it is not applied. */
    OUTSIDE_RULE("outside-rule", "Rule not applied");

    private final String code;
    private final String label;

    ProgressStatus(String code, String label) {
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
