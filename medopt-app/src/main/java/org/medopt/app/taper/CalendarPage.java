package org.medopt.app.taper;

import static org.medopt.app.chart.ChartText.escape;
import static org.medopt.app.chart.ChartText.mg;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.medopt.app.chart.ChartText;
import org.medopt.taper.Dosing;
import org.medopt.taper.TaperStep;

/** The person's taper calendar as XHTML: a table per step, a row per day, a box to tick for each dose time. */
final class CalendarPage {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private CalendarPage() {
    }

    static String xhtml(String personName, TaperPlanView plan) {
        StringBuilder page = TaperPdfs.page("Taper calendar: " + plan.drug() + " for " + personName);
        page.append("<p class=\"meta\">Tick each box when you have taken that dose. If withdrawal symptoms are hard, ")
                .append("tell your prescriber: a step can be held or made smaller.</p>");
        for (TaperStep step : plan.steps()) {
            page.append("<h2>").append(escape(heading(step))).append("</h2>");
            if (step.stop()) {
                page.append("<p>From ").append(escape(ChartText.day(step.start()))).append(": take no ")
                        .append(escape(step.drug())).append(".</p>");
                continue;
            }
            page.append("<table><thead><tr><th>Date</th><th>Dose</th><th>How to take it</th><th>Taken</th></tr>")
                    .append("</thead><tbody>");
            for (LocalDate day = step.start(); !day.isAfter(step.end()); day = day.plusDays(1)) {
                row(page, day, step);
            }
            page.append("</tbody></table>");
        }
        return page.append("</body></html>").toString();
    }

    private static String heading(TaperStep step) {
        return "Step " + step.number() + ": " + ChartText.day(step.start()) + " to " + ChartText.day(step.end()) + ", "
                + step.drug() + " " + mg(step.milligrams()) + " a day";
    }

    private static void row(StringBuilder page, LocalDate day, TaperStep step) {
        page.append("<tr><td class=\"date\">").append(escape(WEEKDAY.format(day))).append("</td><td class=\"dose\">")
                .append(escape(mg(step.milligrams()))).append("</td><td>");
        for (Dosing dosing : step.dosing()) {
            page.append("<div>").append(escape(dosing.time() + ": " + mg(dosing.milligrams()) + ", "
                    + dosing.howToTake())).append("</div>");
        }
        page.append("</td><td class=\"tick\">");
        for (Dosing dosing : step.dosing()) {
            page.append("<div><span class=\"box\"></span>").append(escape(dosing.time())).append("</div>");
        }
        page.append("</td></tr>");
    }
}
