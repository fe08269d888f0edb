package org.medopt.knowledge;

import org.medopt.shared.Coded;

/** The receptor or transporter whose occupancy an {@link OccupancyModel} estimates. */
public enum OccupancyTarget implements Coded {
    /** SERT, the target of SSRIs and SNRIs (Sørensen, Ruhé & Munkholm, Mol Psychiatry 2022). */
    SEROTONIN_TRANSPORTER("serotonin-transporter"),
    /** D2 receptors, the target of antipsychotics (Horowitz et al., Schizophr Bull 2021). */
    DOPAMINE_D2("dopamine-d2");

    private final String code;

    OccupancyTarget(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** How a clinician would read it: "serotonin transporter". */
    public String label() {
        return this == DOPAMINE_D2 ? "dopamine D2 receptor" : "serotonin transporter";
    }
}
