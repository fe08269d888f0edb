package org.medopt.app.chart;

import static org.medopt.app.chart.ChartText.coordinate;
import static org.medopt.app.chart.ChartText.escape;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Days laid out from left to right: the first day at {@code left}, the last at {@code right}. When all fall on one
 * day it sits in the middle.
 */
public record TimeAxis(LocalDate first, LocalDate last, double left, double right) {

    /** The axis from the earliest to the latest of {@code dates}, which must not be empty. */
    public static TimeAxis spanning(Stream<LocalDate> dates, double left, double right) {
        LocalDate[] sorted = dates.sorted().toArray(LocalDate[]::new);
        return new TimeAxis(sorted[0], sorted[sorted.length - 1], left, right);
    }

    public long days() {
        return ChronoUnit.DAYS.between(first, last);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    public double x(LocalDate day) {
        long days = days();
        return days == 0 ? (left + right) / 2 : left + (right - left) * ChronoUnit.DAYS.between(first, day) / (double) days;
    }

    /** Up to {@code count} date labels spread evenly from the first day to the last, with baseline {@code y}. */
    public void label(StringBuilder svg, double y, int count) {
        long days = days();
        long[] offsets = days == 0 ? new long[] {0}
                : LongStream.range(0, count).map(i -> Math.round(days * i / (double) (count - 1))).distinct().toArray();
        for (int i = 0; i < offsets.length; i++) {
            LocalDate day = first.plusDays(offsets[i]);
            String anchor = offsets.length == 1 ? "middle" : i == 0 ? "start" : i == offsets.length - 1 ? "end" : "middle";
            svg.append("<text class=\"date-label\" x=\"").append(coordinate(x(day))).append("\" y=\"").append(coordinate(y))
                    .append("\" text-anchor=\"").append(anchor).append("\">").append(escape(ChartText.day(day)))
                    .append("</text>");
        }
    }
}
