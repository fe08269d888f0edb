package org.medopt.billing;

import java.util.List;

/** What a month supports: the billable codes, and the reasons other codes are not billable. */
public record BillingDecision(CareManagementMonth month, List<BillableCode> codes, List<String> reasons) {

    public BillingDecision {
        codes = List.copyOf(codes);
        reasons = List.copyOf(reasons);
    }

    public boolean billable() {
        return !codes.isEmpty();
    }
}
