package org.medopt.app.taper;

import java.util.List;
import org.medopt.shared.Coded;
import org.medopt.taper.TaperMethod;

/** A stored taper plan with its check-ins (oldest first) and its changes (newest first). */
public record TaperPlanDetails(StoredPlan plan, List<StoredCheckIn> checkIns, List<PlanChange> changes) {

    /** The check-ins as the dose chart marks them. */
    public List<CheckInPoint> chartPoints() {
        return checkIns.stream().map(c -> new CheckInPoint(c.checkIn().date(), c.checkIn().total(), c.checkIn().howHard()))
                .toList();
    }

    /** The plan as it now stands, as the calendar and pharmacy sheet print it. */
    public TaperPlanView printView() {
        return new TaperPlanView(plan.drugName(), Coded.of(TaperMethod.class, plan.request().method()), plan.steps(), plan.finalMilligrams(),
                plan.warnings());
    }

    public List<PlanChange> openAlerts() {
        return changes.stream().filter(PlanChange::openAlert).toList();
    }
}
