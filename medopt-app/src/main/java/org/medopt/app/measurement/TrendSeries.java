package org.medopt.app.measurement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medopt.measurement.Band;
import org.medopt.measurement.Instrument;

/**
 * One instrument's scores over time, on the instrument's own scale: its lowest to highest total, or as a percentage
 * where the instrument defines one (WHO-5).
 *
 * @param points the scores in the order they were completed
 */
record TrendSeries(Instrument instrument, List<Point> points) {

    private static final Pattern ABBREVIATION = Pattern.compile("\\(([^()]+)\\)$");

    TrendSeries {
        points = List.copyOf(points);
    }

    /** One score: the day it was completed, its value on the series' scale and the band it fell in (or null). */
    record Point(LocalDate day, int value, String band) {
    }

    /**
     * A series for each scored instrument of {@code instruments} that has a score among {@code responses}, in the
     * instruments' order; unscored instruments and responses without a score are left out.
     */
    static List<TrendSeries> of(List<Instrument> instruments, List<StoredResponse> responses) {
        List<StoredResponse> inOrder = responses.stream().sorted(Comparator.comparing(StoredResponse::completedOn)
                .thenComparing(StoredResponse::recordedAt, Comparator.nullsFirst(Comparator.<OffsetDateTime>naturalOrder()))
                .thenComparing(StoredResponse::id)).toList();
        List<TrendSeries> series = new ArrayList<>();
        for (Instrument instrument : instruments) {
            boolean percent = instrument.percentageFactor() != null;
            List<Point> points = inOrder.stream().filter(r -> instrument.scored() && r.instrumentId().equals(instrument.id()))
                    .filter(r -> (percent ? r.percentage() : r.total()) != null)
                    .map(r -> new Point(r.completedOn(), percent ? r.percentage() : r.total(), r.band())).toList();
            if (!points.isEmpty()) {
                series.add(new TrendSeries(instrument, points));
            }
        }
        return series;
    }

    /** The instrument's abbreviation, "PHQ-9" for "Patient Health Questionnaire-9 (PHQ-9)", else its name. */
    String name() {
        Matcher abbreviation = ABBREVIATION.matcher(instrument.name());
        return abbreviation.find() ? abbreviation.group(1) : instrument.name();
    }

    boolean percent() {
        return instrument.percentageFactor() != null;
    }

    int lowest() {
        return scaled(instrument.lowestTotal());
    }

    int highest() {
        return scaled(instrument.highestTotal());
    }

    /** "18" or, on a percentage scale, "56%". */
    String value(int value) {
        return percent() ? value + "%" : String.valueOf(value);
    }

    /** The instrument's bands in order, each with where it begins and ends on the series' scale, halfway between totals. */
    List<BandSpan> bands() {
        List<Band> bands = instrument.bands().stream().sorted(Comparator.comparingInt(Band::lowest)).toList();
        List<BandSpan> spans = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            double from = i == 0 ? lowest() : (scaled(bands.get(i - 1).highest()) + scaled(bands.get(i).lowest())) / 2.0;
            double to = i == bands.size() - 1 ? highest()
                    : (scaled(bands.get(i).highest()) + scaled(bands.get(i + 1).lowest())) / 2.0;
            spans.add(new BandSpan(bands.get(i).label(), from, to));
        }
        return spans;
    }

    /** A band on the series' scale: from its lower boundary to its upper one. */
    record BandSpan(String label, double from, double to) {
    }

    private int scaled(int total) {
        return percent() ? total * instrument.percentageFactor() : total;
    }
}
