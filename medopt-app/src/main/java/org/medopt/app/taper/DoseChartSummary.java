package org.medopt.app.taper;

import static org.medopt.app.chart.ChartText.day;
import static org.medopt.app.chart.ChartText.mg;

import java.util.List;
import java.util.stream.Collectors;
import org.medopt.taper.TaperStep;

/** The dose chart in words: its title, and a summary for those who cannot see the chart. */
final class DoseChartSummary {

    private DoseChartSummary() {
    }

    /** "Taper of citalopram from 20 mg a day to 0 mg, 4 Jan 2027 to 27 Jun 2027". */
    static String title(List<TaperStep> steps) {
        if (steps.isEmpty()) {
            return "Taper plan with no steps";
        }
        TaperStep first = steps.get(0);
        TaperStep last = steps.get(steps.size() - 1);
        String drugs = steps.stream().map(TaperStep::drug).distinct().collect(Collectors.joining(", then "));
        return "Taper of " + drugs + " from " + mg(first.milligrams()) + " a day to " + mg(last.milligrams()) + ", "
                + day(first.start()) + " to " + day(last.end());
    }

    static String of(List<TaperStep> steps, List<CheckInPoint> checkIns, java.time.LocalDate today) {
        StringBuilder text = new StringBuilder(title(steps)).append('.');
        for (TaperStep s : steps) {
            text.append(" Step ").append(s.number()).append(", ").append(day(s.start())).append(" to ")
                    .append(day(s.end())).append(": ").append(s.drug()).append(' ').append(mg(s.milligrams()))
                    .append(" a day");
            if (s.occupancyPercent() != null) {
                text.append(", estimated occupancy ").append(s.occupancyPercent().stripTrailingZeros().toPlainString())
                        .append('%');
            }
            text.append('.');
        }
        for (CheckInPoint c : checkIns) {
            text.append(" Check-in ").append(day(c.date())).append(": how hard ").append(c.howHard())
                    .append(" of 10, symptom total ").append(c.symptomTotal()).append('.');
        }
        if (today != null) {
            text.append(" Today is ").append(day(today)).append('.');
        }
        return text.toString();
    }
}
