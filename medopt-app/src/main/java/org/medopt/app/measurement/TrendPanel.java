package org.medopt.app.measurement;

import static org.medopt.app.chart.ChartText.coordinate;
import static org.medopt.app.chart.ChartText.escape;
import static org.medopt.app.measurement.TrendChart.LEFT;
import static org.medopt.app.measurement.TrendChart.PLOT;
import static org.medopt.app.measurement.TrendChart.PLOT_TOP;
import static org.medopt.app.measurement.TrendChart.RIGHT;

import java.util.List;
import org.medopt.app.chart.ChartText;
import org.medopt.app.chart.TimeAxis;

/** One instrument's panel of the trend chart: its title, its scale with the bands lightly marked, its scores. */
final class TrendPanel {

    static final String INK = "#1f5f99";
    static final String CHANGE_INK = "#6a3d9a";
    /** A band narrower than this has no room for its label. */
    private static final int LABEL_ROOM = 10;
    private static final int DATE_LABELS = 3;

    private TrendPanel() {
    }

    /** Draws {@code series} in the panel whose top edge is at {@code top}, with the medication changes through it. */
    static void draw(StringBuilder svg, TrendSeries series, TimeAxis time, List<TrendChart.Marker> markers, int top) {
        double plotTop = top + PLOT_TOP;
        double bottom = plotTop + PLOT;
        YScale y = new YScale(series.lowest(), series.highest(), plotTop, bottom);
        svg.append("<g class=\"trend-panel\" data-instrument=\"").append(escape(series.instrument().id())).append("\">")
                .append("<text class=\"panel-title\" x=\"").append(LEFT).append("\" y=\"").append(top + 16)
                .append("\" font-size=\"12\" font-weight=\"bold\">").append(escape(series.name())).append("</text>");
        bands(svg, series, y);
        svg.append("<g class=\"axes\" stroke=\"#666666\"><line x1=\"").append(LEFT).append("\" y1=\"").append(coordinate(bottom))
                .append("\" x2=\"").append(RIGHT).append("\" y2=\"").append(coordinate(bottom)).append("\"/><line x1=\"")
                .append(LEFT).append("\" y1=\"").append(coordinate(plotTop)).append("\" x2=\"").append(LEFT).append("\" y2=\"")
                .append(coordinate(bottom)).append("\"/></g>");
        for (int value : new int[] {series.lowest(), series.highest()}) {
            svg.append("<text class=\"axis-label\" x=\"").append(LEFT - 4).append("\" y=\"").append(coordinate(y.of(value) + 4))
                    .append("\" text-anchor=\"end\">").append(escape(series.value(value))).append("</text>");
        }
        for (TrendChart.Marker m : markers) {
            svg.append("<line class=\"medication-change\" x1=\"").append(coordinate(m.x())).append("\" x2=\"")
                    .append(coordinate(m.x())).append("\" y1=\"").append(coordinate(plotTop)).append("\" y2=\"")
                    .append(coordinate(bottom)).append("\" stroke=\"").append(CHANGE_INK)
                    .append("\" stroke-dasharray=\"3 3\"/>");
        }
        scores(svg, series, time, y);
        time.label(svg, bottom + 14, DATE_LABELS);
        svg.append("</g>");
    }

    /** A light line at each boundary between bands, and each band's label at the right where it has room. */
    private static void bands(StringBuilder svg, TrendSeries series, YScale y) {
        List<TrendSeries.BandSpan> bands = series.bands();
        if (bands.isEmpty()) {
            return;
        }
        svg.append("<g class=\"bands\" fill=\"#8a8a8a\" font-size=\"8\">");
        for (int i = 0; i < bands.size(); i++) {
            TrendSeries.BandSpan band = bands.get(i);
            if (i > 0) {
                svg.append("<line class=\"band-boundary\" x1=\"").append(LEFT).append("\" x2=\"").append(RIGHT)
                        .append("\" y1=\"").append(coordinate(y.of(band.from()))).append("\" y2=\"")
                        .append(coordinate(y.of(band.from()))).append("\" stroke=\"#c8c8c8\" stroke-dasharray=\"2 3\"/>");
            }
            if (y.of(band.from()) - y.of(band.to()) >= LABEL_ROOM) {
                svg.append("<text class=\"band-label\" x=\"").append(RIGHT - 2).append("\" y=\"")
                        .append(coordinate((y.of(band.from()) + y.of(band.to())) / 2 + 3))
                        .append("\" text-anchor=\"end\">").append(escape(band.label())).append("</text>");
            }
        }
        svg.append("</g>");
    }

    /** The scores joined in date order, each a point with its details, the first and the latest labelled with their value. */
    private static void scores(StringBuilder svg, TrendSeries series, TimeAxis time, YScale y) {
        List<TrendSeries.Point> points = series.points();
        if (points.size() > 1) {
            StringBuilder d = new StringBuilder();
            for (TrendSeries.Point p : points) {
                d.append(d.isEmpty() ? "M" : " L").append(coordinate(time.x(p.day()))).append(' ')
                        .append(coordinate(y.of(p.value())));
            }
            svg.append("<path class=\"score-line\" fill=\"none\" stroke=\"").append(INK)
                    .append("\" stroke-width=\"2\" d=\"").append(d).append("\"/>");
        }
        for (int i = 0; i < points.size(); i++) {
            TrendSeries.Point p = points.get(i);
            double x = time.x(p.day());
            double cy = y.of(p.value());
            svg.append("<circle class=\"score\" cx=\"").append(coordinate(x)).append("\" cy=\"").append(coordinate(cy))
                    .append("\" r=\"3.5\" fill=\"").append(INK).append("\"><title>")
                    .append(escape(TrendSummary.score(series, p) + ", " + ChartText.day(p.day()))).append("</title></circle>");
            if (i == 0 || i == points.size() - 1) {
                double labelY = cy - 7 < y.top() + 4 ? cy + 13 : cy - 7;
                svg.append("<text class=\"score-label\" x=\"").append(coordinate(x)).append("\" y=\"")
                        .append(coordinate(labelY)).append("\" text-anchor=\"middle\" font-size=\"9\">")
                        .append(escape(series.value(p.value()))).append("</text>");
            }
        }
    }

    /** Where values of the series fall between the plot's top and bottom. */
    record YScale(int lowest, int highest, double top, double bottom) {

        double of(double value) {
            return highest == lowest ? (top + bottom) / 2 : bottom - (bottom - top) * (value - lowest) / (highest - lowest);
        }
    }
}
