package org.medopt.app.taper;

import org.medopt.app.chart.ChartText;
import org.medopt.app.web.XhtmlPdf;
import org.medopt.knowledge.DrugCatalog;
import org.springframework.stereotype.Component;

/**
 * A taper plan on paper: the person's day-by-day calendar to tick off, and the pharmacy's sheet of what to dispense
 * for each step, rendered as the record PDF is ({@link XhtmlPdf}).
 */
@Component
public class TaperPdfs {

    /** The stylesheet sits beside this class; it is the only resource the renderer may load. */
    private static final String STYLESHEET = TaperPdfs.class.getResource("taper-pdf.css").toExternalForm();

    private final DrugCatalog catalog;

    public TaperPdfs(DrugCatalog catalog) {
        this.catalog = catalog;
    }

    /** Each day of the plan with its date, dose, how to take it and a box to tick, for {@code personName}. */
    public byte[] calendar(String personName, TaperPlanView plan) {
        return XhtmlPdf.render(CalendarPage.xhtml(personName, plan), STYLESHEET);
    }

    /** What to dispense for each step, with the knowledge-base version and the plan's warnings. */
    public byte[] pharmacySheet(String personName, String prescriberName, TaperPlanView plan) {
        return XhtmlPdf.render(PharmacySheetPage.xhtml(personName, prescriberName, plan, catalog.version()), STYLESHEET);
    }

    /** The start of an XHTML page titled {@code title}, linking the stylesheet. */
    static StringBuilder page(String title) {
        String escaped = ChartText.escape(title);
        return new StringBuilder(8192).append("<!DOCTYPE html><html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">")
                .append("<head><meta charset=\"UTF-8\"/><title>").append(escaped)
                .append("</title><link rel=\"stylesheet\" href=\"taper-pdf.css\"/></head><body><h1>").append(escaped)
                .append("</h1>");
    }
}
