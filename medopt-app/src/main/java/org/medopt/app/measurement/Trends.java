package org.medopt.app.measurement;

import org.medopt.app.chart.Drawing;

/**
 * A person's scores over time with their medication changes, as a chart and its text version, and what a page must
 * say beside it about the medication record it drew from.
 *
 * @param withheld whether medication entries the reader may not see were left out (the person's sharing choices, 42
 *     CFR Part 2)
 * @param redisclosureNotice the 42 CFR 2.32 notice when the chart discloses Part 2 entries to someone but the person;
 *     else null
 */
public record Trends(Drawing drawing, boolean withheld, String redisclosureNotice) {
}
