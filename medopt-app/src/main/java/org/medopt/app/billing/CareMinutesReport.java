package org.medopt.app.billing;

import java.time.YearMonth;
import java.util.List;
import org.medopt.billing.BillingReport;

/** The monthly billing report over the persons the staff member may read: one row per code, or why none. */
public record CareMinutesReport(YearMonth month, List<BillingReport.Row> rows) {

    public CareMinutesReport {
        rows = List.copyOf(rows);
    }

    public String csv() {
        return BillingReport.csv(rows);
    }
}
