package org.medopt.knowledge;

import org.medopt.shared.Coded;

/**
 * A pharmacological property that interaction rules are written against, so that a drug added with its
 * properties is covered by the rules that already exist.
 */
public enum Mechanism implements Coded {
    SEROTONERGIC("serotonergic"),
    MONOAMINE_OXIDASE_INHIBITION("monoamine-oxidase-inhibition"),
    QT_PROLONGATION_KNOWN_RISK("qt-prolongation-known-risk"),
    QT_PROLONGATION_POSSIBLE_RISK("qt-prolongation-possible-risk"),
    CNS_DEPRESSION("cns-depression"),
    RESPIRATORY_DEPRESSION("respiratory-depression"),
    LITHIUM_CLEARANCE_REDUCTION("lithium-clearance-reduction"),
    LITHIUM_CLEARANCE_INCREASE("lithium-clearance-increase"),
    SEIZURE_THRESHOLD_LOWERING("seizure-threshold-lowering"),
    NARROW_THERAPEUTIC_INDEX("narrow-therapeutic-index"),
    SYMPATHOMIMETIC("sympathomimetic"),
    BLEEDING_RISK("bleeding-risk"),
    HYPONATREMIA_RISK("hyponatremia-risk");

    private final String code;

    Mechanism(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
