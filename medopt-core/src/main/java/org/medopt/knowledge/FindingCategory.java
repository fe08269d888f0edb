package org.medopt.knowledge;

import org.medopt.shared.Coded;

/** What kind of problem a finding is about; the closed list every channel (page, API, CDS Hooks) shares. */
public enum FindingCategory implements Coded {
    DRUG_INTERACTION("drug-interaction"),
    DUPLICATE_THERAPY("duplicate-therapy"),
    DOSE_ABOVE_MAXIMUM("dose-above-maximum"),
    AGE_CRITERIA("age-criteria"),
    PEDIATRIC_RED_FLAG("pediatric-red-flag"),
    POLYPHARMACY("polypharmacy"),
    ANTICHOLINERGIC_BURDEN("anticholinergic-burden"),
    MONITORING_DUE("monitoring-due"),
    LONG_TERM_USE("long-term-use"),
    WITHDRAWAL_RISK("withdrawal-risk"),
    CONDITION_INTERACTION("condition-interaction");

    private final String code;

    FindingCategory(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
