package org.medopt.app.measurement;

import static org.medopt.app.chart.ChartText.coordinate;
import static org.medopt.app.chart.ChartText.escape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.medopt.app.chart.ChartText;
import org.medopt.app.chart.Drawing;
import org.medopt.app.chart.SvgRoot;
import org.medopt.app.chart.TimeAxis;
import org.medopt.app.medication.MedicationChange;
import org.medopt.measurement.Instrument;
import org.medopt.measurement.Instruments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A person's scored instruments over time as a server-side SVG chart of small multiples: one panel per instrument on
 * its own scale (PHQ-9 0–27, WHO-5 0–100%), stacked so each stays legible on a phone, all on one time axis from the
 * first score to today. Band boundaries from the instrument data are drawn lightly; medication changes are numbered
 * dashed lines through every panel, with a key below. Unscored instruments are not charted. No script and no inline
 * styles: colours are presentation attributes, and classes let the stylesheet restyle them.
 */
@Component
public class TrendChart {

    static final int WIDTH = 400;
    static final int LEFT = 40;
    static final int RIGHT = WIDTH - 16;
    /** Room between the axes and the first and last day, so that a point is not drawn over an axis. */
    static final int PAD = 8;
    /** The strip above the panels where the medication changes are numbered, in two rows so close numbers do not collide. */
    static final int STRIP = 34;
    static final int PANEL = 130;
    static final int PLOT_TOP = 24;
    static final int PLOT = 80;
    /** How far apart two numbered markers must be to share a row: their diameters and a little space. */
    private static final int MARKER_ROOM = 16;
    private static final int KEY_LINE = 15;
    private static final int KEY_CHARACTERS = 70;

    private final List<Instrument> instruments;

    @Autowired
    public TrendChart(Instruments instruments) {
        this(instruments.all());
    }

    TrendChart(List<Instrument> instruments) {
        this.instruments = List.copyOf(instruments);
    }

    /** The chart and its text alternative; {@code today} may be null, and then the time axis ends at the latest score. */
    public Drawing draw(List<StoredResponse> responses, List<MedicationChange> changes, LocalDate today) {
        List<TrendSeries> series = TrendSeries.of(instruments, responses);
        if (series.isEmpty()) {
            return new Drawing(SvgRoot.open("trend-chart", WIDTH, 60, TrendSummary.TITLE, TrendSummary.NO_SCORES)
                    .append("<text x=\"200\" y=\"34\" text-anchor=\"middle\">No scores yet</text></svg>").toString(),
                    TrendSummary.NO_SCORES);
        }
        TimeAxis time = TimeAxis.spanning(Stream.concat(series.stream().flatMap(s -> s.points().stream())
                .map(TrendSeries.Point::day), Stream.ofNullable(today)), LEFT + PAD, RIGHT - PAD);
        List<Marker> markers = markers(changes, time);
        long outside = changes.stream().filter(c -> !time.covers(c.date())).count();
        String summary = TrendSummary.of(series, time, markers, outside);
        int strip = markers.isEmpty() ? 0 : STRIP;
        List<String> key = keyLines(markers);
        int height = strip + series.size() * PANEL + (key.isEmpty() ? 0 : KEY_LINE * (key.size() + 1) + 6);
        StringBuilder svg = SvgRoot.open("trend-chart", WIDTH, height, TrendSummary.title(time), summary);
        markers.forEach(m -> numbered(svg, m));
        for (int i = 0; i < series.size(); i++) {
            TrendPanel.draw(svg, series.get(i), time, markers, strip + i * PANEL);
        }
        key(svg, key, strip + series.size() * PANEL);
        return new Drawing(svg.append("</svg>").toString(), summary);
    }

    /** The medication changes within the axis, a numbered marker a day, each in the upper row unless that is crowded. */
    private static List<Marker> markers(List<MedicationChange> changes, TimeAxis time) {
        Map<LocalDate, List<MedicationChange>> byDay = new TreeMap<>();
        changes.stream().filter(c -> time.covers(c.date()))
                .forEach(c -> byDay.computeIfAbsent(c.date(), d -> new ArrayList<>()).add(c));
        List<Marker> markers = new ArrayList<>();
        double[] lastInRow = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        byDay.forEach((day, onDay) -> {
            double x = time.x(day);
            int row = x - lastInRow[0] >= MARKER_ROOM || x - lastInRow[1] < MARKER_ROOM ? 0 : 1;
            lastInRow[row] = x;
            markers.add(new Marker(markers.size() + 1, day, x, row, onDay));
        });
        return markers;
    }

    private static void numbered(StringBuilder svg, Marker m) {
        double y = 11 + m.row() * 14;
        svg.append("<g class=\"medication-marker\"><title>").append(escape(m.number() + ", " + ChartText.day(m.day())
                        + ": " + String.join("; ", m.changes().stream().map(MedicationChange::words).toList())))
                .append("</title><circle cx=\"").append(coordinate(m.x())).append("\" cy=\"").append(coordinate(y))
                .append("\" r=\"7\" fill=\"#ffffff\" stroke=\"").append(TrendPanel.CHANGE_INK).append("\"/><text x=\"")
                .append(coordinate(m.x())).append("\" y=\"").append(coordinate(y + 3.5))
                .append("\" text-anchor=\"middle\" font-size=\"9\" fill=\"").append(TrendPanel.CHANGE_INK).append("\">")
                .append(m.number()).append("</text></g>");
    }

    /** The key to the numbered markers: a change a line, wrapped under its number where it is long. */
    private static void key(StringBuilder svg, List<String> key, int top) {
        if (key.isEmpty()) {
            return;
        }
        svg.append("<g class=\"medication-key\"><text x=\"8\" y=\"").append(top + KEY_LINE)
                .append("\" font-weight=\"bold\">Medication changes</text>");
        for (int i = 0; i < key.size(); i++) {
            svg.append("<text x=\"").append(key.get(i).startsWith(" ") ? 24 : 8).append("\" y=\"")
                    .append(top + KEY_LINE * (i + 2)).append("\">").append(escape(key.get(i).strip())).append("</text>");
        }
        svg.append("</g>");
    }

    /** The key's lines; a line that continues the one above starts with a space. */
    private static List<String> keyLines(List<Marker> markers) {
        List<String> lines = new ArrayList<>();
        for (Marker m : markers) {
            for (MedicationChange c : m.changes()) {
                List<String> wrapped = ChartText.wrapped(m.number() + " · " + ChartText.day(c.date()) + " · " + c.words(),
                        KEY_CHARACTERS);
                lines.add(wrapped.get(0));
                wrapped.subList(1, wrapped.size()).forEach(more -> lines.add(" " + more));
            }
        }
        return lines;
    }

    /** The medication changes of one day, numbered in date order, at {@code x} in the upper ({@code 0}) or lower row. */
    record Marker(int number, LocalDate day, double x, int row, List<MedicationChange> changes) {
    }
}
