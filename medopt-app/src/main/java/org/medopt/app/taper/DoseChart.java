package org.medopt.app.taper;

import static org.medopt.app.chart.ChartText.coordinate;
import static org.medopt.app.chart.ChartText.escape;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.medopt.app.chart.ChartText;
import org.medopt.app.chart.Drawing;
import org.medopt.app.chart.SvgRoot;
import org.medopt.app.chart.TimeAxis;
import org.medopt.taper.TaperStep;
import org.springframework.stereotype.Component;

/**
 * A taper plan as a server-side SVG chart: the daily dose as steps over time, the estimated occupancy where the
 * steps have it, check-ins marked with how hard the person found them (0–10), and today. No script and no inline
 * styles (the content security policy forbids them): colours are presentation attributes, and classes let the
 * stylesheet restyle them. It scales to its container's width and stays legible at 390 px.
 */
@Component
public class DoseChart {

    static final int WIDTH = 400;
    static final int HEIGHT = 260;
    static final int LEFT = 52;
    static final int RIGHT = WIDTH - 44;
    static final int TOP = 30;
    static final int BOTTOM = HEIGHT - 44;
    private static final int DATE_LABELS = 4;
    /** Tick labels to three figures ("101 mg", not "101.25 mg"), so they fit left of the axis on a phone. */
    private static final MathContext TICK_PRECISION = new MathContext(3);

    /** The chart and its text alternative, worked out once for a page that shows both. */
    public Drawing draw(List<TaperStep> steps, List<CheckInPoint> checkIns, LocalDate today) {
        String summary = summary(steps, checkIns, today);
        return new Drawing(svg(steps, checkIns, today, summary), summary);
    }

    /** The chart of {@code steps}; {@code checkIns} may be empty and {@code today} null. */
    public String svg(List<TaperStep> steps, List<CheckInPoint> checkIns, LocalDate today) {
        return draw(steps, checkIns, today).svg();
    }

    private String svg(List<TaperStep> steps, List<CheckInPoint> checkIns, LocalDate today, String summary) {
        StringBuilder svg = SvgRoot.open("dose-chart", WIDTH, HEIGHT, DoseChartSummary.title(steps), summary);
        if (steps.isEmpty()) {
            return svg.append("<text x=\"200\" y=\"130\" text-anchor=\"middle\">No steps to show</text></svg>").toString();
        }
        Scale scale = Scale.of(steps, checkIns, today);
        axes(svg, scale, steps.stream().anyMatch(s -> s.occupancyPercent() != null));
        svg.append("<path class=\"dose-line\" fill=\"none\" stroke=\"#1f5f99\" stroke-width=\"2.5\" d=\"")
                .append(stepPath(steps, scale, false)).append("\"/>");
        String occupancy = stepPath(steps, scale, true);
        if (!occupancy.isEmpty()) {
            svg.append("<path class=\"occupancy-line\" fill=\"none\" stroke=\"#b5562a\" stroke-width=\"2\" ")
                    .append("stroke-dasharray=\"6 3\" d=\"").append(occupancy).append("\"/>");
        }
        checkIns.forEach(c -> checkIn(svg, scale, c));
        if (today != null) {
            double x = scale.x(today);
            svg.append("<g class=\"today\"><line x1=\"").append(coordinate(x)).append("\" x2=\"").append(coordinate(x))
                    .append("\" y1=\"").append(TOP).append("\" y2=\"").append(BOTTOM)
                    .append("\" stroke=\"#333333\" stroke-dasharray=\"2 2\"/><text x=\"").append(coordinate(x))
                    .append("\" y=\"").append(TOP - 4).append("\" text-anchor=\"middle\">today</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** The chart's text alternative: what the chart shows, step by step, in sentences. */
    public String summary(List<TaperStep> steps, List<CheckInPoint> checkIns, LocalDate today) {
        return DoseChartSummary.of(steps, checkIns, today);
    }

    private static void axes(StringBuilder svg, Scale scale, boolean occupancy) {
        svg.append("<g class=\"axes\" stroke=\"#666666\"><line x1=\"").append(LEFT).append("\" y1=\"").append(BOTTOM)
                .append("\" x2=\"").append(RIGHT).append("\" y2=\"").append(BOTTOM).append("\"/><line x1=\"")
                .append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT).append("\" y2=\"")
                .append(BOTTOM).append("\"/></g><g class=\"axis-labels\" fill=\"#333333\">");
        for (int i = 0; i <= 4; i++) {
            BigDecimal mg = scale.maxMg().multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4));
            svg.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(coordinate(scale.y(mg) + 4))
                    .append("\" text-anchor=\"end\">").append(escape(ChartText.mg(mg.round(TICK_PRECISION))))
                    .append("</text>");
            if (occupancy) {
                svg.append("<text x=\"").append(RIGHT + 4).append("\" y=\"")
                        .append(coordinate(scale.yPercent(25.0 * i) + 4)).append("\">").append(25 * i).append("%</text>");
            }
        }
        scale.time().label(svg, BOTTOM + 16, DATE_LABELS);
        svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(TOP - 16).append("\">mg a day</text>");
        if (occupancy) {
            svg.append("<text x=\"").append(RIGHT + 40).append("\" y=\"").append(TOP - 16)
                    .append("\" text-anchor=\"end\" fill=\"#b5562a\">est. occupancy</text>");
        }
        svg.append("<text x=\"").append((LEFT + RIGHT) / 2).append("\" y=\"").append(HEIGHT - 6)
                .append("\" text-anchor=\"middle\">date</text></g>");
    }

    /** The dose (or occupancy) held over each step's days; occupancy breaks where a step has none. */
    static String stepPath(List<TaperStep> steps, Scale scale, boolean occupancy) {
        StringBuilder d = new StringBuilder();
        boolean drawing = false;
        for (TaperStep step : steps) {
            BigDecimal value = occupancy ? step.occupancyPercent() : step.milligrams();
            if (value == null) {
                drawing = false;
                continue;
            }
            double y = occupancy ? scale.yPercent(value.doubleValue()) : scale.y(value);
            d.append(drawing ? " L" : (d.isEmpty() ? "M" : " M")).append(coordinate(scale.x(step.start()))).append(' ')
                    .append(coordinate(y)).append(" L").append(coordinate(scale.x(step.end().plusDays(1)))).append(' ')
                    .append(coordinate(y));
            drawing = true;
        }
        return d.toString();
    }

    private static void checkIn(StringBuilder svg, Scale scale, CheckInPoint c) {
        double x = scale.x(c.date());
        double y = scale.yPercent(Math.max(0, Math.min(10, c.howHard())) * 10.0);
        svg.append("<g class=\"check-in\"><title>").append(escape("Check-in " + ChartText.day(c.date())
                + ": how hard " + c.howHard() + " of 10, symptom total " + c.symptomTotal())).append("</title>")
                .append("<circle cx=\"").append(coordinate(x)).append("\" cy=\"").append(coordinate(y))
                .append("\" r=\"7\" fill=\"#ffffff\" stroke=\"#6a3d9a\" stroke-width=\"1.5\"/><text x=\"")
                .append(coordinate(x)).append("\" y=\"").append(coordinate(y + 3.5))
                .append("\" text-anchor=\"middle\" font-size=\"9\" fill=\"#6a3d9a\">").append(c.howHard())
                .append("</text></g>");
    }

    /** Where days, doses and percentages fall in the plot. */
    record Scale(TimeAxis time, BigDecimal maxMg) {

        static Scale of(List<TaperStep> steps, List<CheckInPoint> checkIns, LocalDate today) {
            TimeAxis time = TimeAxis.spanning(Stream.of(steps.stream().map(TaperStep::start),
                    steps.stream().map(s -> s.end().plusDays(1)), checkIns.stream().map(CheckInPoint::date),
                    Stream.ofNullable(today)).flatMap(s -> s), LEFT, RIGHT);
            BigDecimal max = steps.stream().map(TaperStep::milligrams).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
            return new Scale(time, max.signum() == 0 ? BigDecimal.ONE : max);
        }

        double x(LocalDate day) {
            return time.x(day);
        }

        double y(BigDecimal mg) {
            return BOTTOM - (BOTTOM - TOP) * mg.doubleValue() / maxMg.doubleValue();
        }

        double yPercent(double percent) {
            return BOTTOM - (BOTTOM - TOP) * percent / 100.0;
        }
    }
}
