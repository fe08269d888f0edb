package org.medopt.app.record;

import java.util.Locale;
import org.medopt.app.web.XhtmlPdf;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.springframework.stereotype.Component;

/**
 * The person's record as a PDF: the Thymeleaf template {@code record/pdf} written as XHTML, laid out by
 * openhtmltopdf on PDFBox in the PDF standard fonts, so nothing is fetched or installed to render it.
 */
@Component
class RecordPdf {

    /** The stylesheet sits beside this class; it is the only resource the renderer may load. */
    private static final String STYLESHEET = RecordPdf.class.getResource("record-pdf.css").toExternalForm();

    private final ITemplateEngine templates;

    RecordPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(PersonalRecord record) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("record", record);
        String xhtml = templates.process("record/pdf", context);
        return XhtmlPdf.render(xhtml, STYLESHEET);
    }
}
