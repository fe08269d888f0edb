package org.medopt.app.taper;

import java.util.List;

/** A stored taper plan with its check-ins (oldest first) and its changes (newest first). */
public record TaperPlanDetails(StoredPlan plan, List<StoredCheckIn> checkIns, List<PlanChange> changes) {

    public List<PlanChange> openAlerts() {
        return changes.stream().filter(PlanChange::openAlert).toList();
    }
}
