package org.medopt.app.web;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * XHTML laid out as PDF by openhtmltopdf on PDFBox in the PDF standard fonts, so nothing is fetched or installed to
 * render it: the one stylesheet given is the only resource the renderer may load.
 */
public final class XhtmlPdf {

    private XhtmlPdf() {
    }

    /** The PDF of {@code xhtml}, whose relative links resolve against {@code stylesheet}, the URL of its CSS. */
    public static byte[] render(String xhtml, String stylesheet) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .withHtmlContent(xhtml, stylesheet)
                    .useExternalResourceAccessControl((uri, type) -> stylesheet.equals(uri),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering XHTML as PDF failed", e);
        }
        return pdf.toByteArray();
    }
}
