package org.medopt.taper;

/** What set the size of a step, in words a clinician and the person can read. */
public enum StepLimit {
    PACE("the chosen pace (largest cut as a share of the most recent dose)"),
    OCCUPANCY_STEP("an equal step down in estimated receptor occupancy"),
    FINAL_DOSE("the final dose before stopping"),
    LINEAR_STEP("the linear method's equal cut in mg"),
    STOP("stopping after the final dose"),
    DIAZEPAM_SWITCH("the switch to diazepam, one dose time a week");

    private final String words;

    StepLimit(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
