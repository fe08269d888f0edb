package org.medopt.app.measurement;

import static org.medopt.app.chart.ChartText.day;

import java.util.ArrayList;
import java.util.List;
import org.medopt.app.chart.TimeAxis;
import org.medopt.app.medication.MedicationChange;

/** The trend chart in words, a line each: every instrument's first and latest score and the change, then the medication changes. */
final class TrendSummary {

    static final String TITLE = "Questionnaire scores over time";
    static final String NO_SCORES = "No scores yet.";

    private TrendSummary() {
    }

    /** "Questionnaire scores over time, 4 Jan 2027 to 1 Mar 2027". */
    static String title(TimeAxis time) {
        return TITLE + ", " + day(time.first()) + (time.days() == 0 ? "" : " to " + day(time.last()));
    }

    static String of(List<TrendSeries> series, TimeAxis time, List<TrendChart.Marker> markers, long notDrawn) {
        List<String> lines = new ArrayList<>();
        lines.add(title(time) + ".");
        series.forEach(s -> lines.add(instrument(s)));
        if (markers.isEmpty()) {
            lines.add("No medication changes recorded in this period.");
        }
        for (TrendChart.Marker m : markers) {
            m.changes().forEach(c -> lines.add("Medication change " + m.number() + ", " + day(c.date()) + ": "
                    + c.words() + "."));
        }
        if (notDrawn > 0) {
            lines.add(notDrawn + (notDrawn == 1 ? " medication change falls outside these dates and is"
                    : " medication changes fall outside these dates and are") + " not drawn; see the medication record.");
        }
        return String.join("\n", lines);
    }

    /** "PHQ-9 18 (moderately severe)", "WHO-5 56%". */
    static String score(TrendSeries series, TrendSeries.Point point) {
        return series.name() + " " + value(series, point);
    }

    private static String instrument(TrendSeries series) {
        List<TrendSeries.Point> points = series.points();
        TrendSeries.Point first = points.get(0);
        if (points.size() == 1) {
            return series.name() + ": one score, " + value(series, first) + " on " + day(first.day()) + ".";
        }
        TrendSeries.Point latest = points.get(points.size() - 1);
        int change = latest.value() - first.value();
        String unit = series.percent() ? " percentage point" : " point";
        String moved = change == 0 ? "no change"
                : (change > 0 ? "up " : "down ") + Math.abs(change) + unit + (Math.abs(change) == 1 ? "" : "s");
        return series.name() + ": first " + value(series, first) + " on " + day(first.day()) + ", latest "
                + value(series, latest) + " on " + day(latest.day()) + "; " + moved + " over " + points.size() + " scores.";
    }

    private static String value(TrendSeries series, TrendSeries.Point point) {
        return series.value(point.value()) + (point.band() == null ? "" : " (" + point.band() + ")");
    }
}
