package org.medopt.app.taper;

import static org.medopt.app.chart.ChartText.escape;
import static org.medopt.app.chart.ChartText.mg;

import java.util.List;
import java.util.stream.Stream;
import org.medopt.app.chart.ChartText;
import org.medopt.taper.Dosing;
import org.medopt.taper.TaperStep;

/** The pharmacy's sheet as XHTML: for each step, its dates and dose and what to dispense for all of its days. */
final class PharmacySheetPage {

    private PharmacySheetPage() {
    }

    static String xhtml(String personName, String prescriberName, TaperPlanView plan, String knowledgeVersion) {
        StringBuilder page = TaperPdfs.page("Pharmacy sheet: " + plan.drug() + " taper for " + personName);
        page.append("<p class=\"meta\">Prescriber: ").append(escape(prescriberName)).append(". Method: ")
                .append(escape(plan.method().code())).append(". Final dose before stopping: ")
                .append(escape(plan.finalMilligrams() == null ? "none set" : mg(plan.finalMilligrams())))
                .append(". MedOpt knowledge base version ").append(escape(knowledgeVersion)).append(".</p>")
                .append("<p class=\"meta\">Quantities cover every day of each step; halves are rounded up to whole ")
                .append("tablets. Check them against the prescription before dispensing.</p>");
        List<String> warnings = Stream.concat(plan.warnings().stream(),
                plan.steps().stream().flatMap(s -> s.warnings().stream().map(w -> "Step " + s.number() + ": " + w)))
                .toList();
        if (!warnings.isEmpty()) {
            page.append("<h2>Warnings</h2><ul class=\"warnings\">");
            warnings.forEach(w -> page.append("<li>").append(escape(w)).append("</li>"));
            page.append("</ul>");
        }
        page.append("<h2>What to dispense</h2><table><thead><tr><th>Step</th><th>Dates</th><th>Daily dose</th>")
                .append("<th>How to take it</th><th>Dispense for the step</th></tr></thead><tbody>");
        plan.steps().forEach(step -> row(page, step));
        return page.append("</tbody></table></body></html>").toString();
    }

    private static void row(StringBuilder page, TaperStep step) {
        page.append("<tr><td>").append(step.number()).append("</td><td class=\"date\">")
                .append(escape(ChartText.day(step.start()) + " to " + ChartText.day(step.end()) + " ("
                        + Dispensing.days(step) + " days)")).append("</td><td class=\"dose\">")
                .append(escape(step.drug() + " " + mg(step.milligrams()))).append("</td><td>");
        for (Dosing dosing : step.dosing()) {
            page.append("<div>").append(escape(dosing.time() + ": " + dosing.howToTake())).append("</div>");
        }
        page.append("</td><td>");
        List<Dispensing.Line> lines = Dispensing.forStep(step);
        if (lines.isEmpty()) {
            page.append("nothing (stopped)");
        }
        lines.forEach(line -> page.append("<div>").append(escape(line.text())).append("</div>"));
        page.append("</td></tr>");
    }
}
