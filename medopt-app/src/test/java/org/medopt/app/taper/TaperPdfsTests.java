package org.medopt.app.taper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.knowledge.DrugCatalog;

@DisplayName("The taper PDFs")
class TaperPdfsTests {

    private final TaperPdfs pdfs = new TaperPdfs(DrugCatalog.of("2099.1.0-test", List.of()));

    @Test
    @DisplayName("the calendar has every day of every step with its date, dose, how to take it and a box per dose time")
    void calendarHasEveryDay() throws IOException {
        String text = text(pdfs.calendar("Ada Example", TaperSteps.plan("citalopram")));
        assertThat(text).contains("Taper calendar: citalopram for Ada Example")
                .contains("Step 1: 4 Jan 2027 to 17 Jan 2027, citalopram 20 mg a day")
                .contains("Mon 4 Jan 2027 20 mg morning: 20 mg, one 20 mg tablet")
                .contains("Sun 17 Jan 2027 20 mg")
                .contains("Mon 18 Jan 2027 15 mg morning: 15 mg, one 10 mg tablet + 2.5 mL of 2 mg/mL oral solution")
                .contains("Sun 14 Feb 2027 10 mg")
                .contains("From 15 Feb 2027: take no citalopram.");
        assertThat(count(text, "2027 20 mg morning")).isEqualTo(14);
        assertThat(count(text, "2027 10 mg morning")).isEqualTo(14);
        assertThat(text).doesNotContain("16 Feb 2027");
    }

    @Test
    @DisplayName("the pharmacy sheet says what to dispense for each step's days, with the knowledge-base version and the warnings")
    void pharmacySheetDispenses() throws IOException {
        String text = text(pdfs.pharmacySheet("Ada Example", "Dr Demo Prescriber", TaperSteps.plan("citalopram")));
        assertThat(text).contains("Pharmacy sheet: citalopram taper for Ada Example")
                .contains("Prescriber: Dr Demo Prescriber")
                .contains("knowledge base version 2099.1.0-test")
                .contains("Check the liquid's concentration with the pharmacy <before> dispensing & again at pickup.")
                .contains("14 × 20 mg tablet")
                .contains("35 mL of 2 mg/mL oral solution")
                .contains("15 Feb 2027 to 28 Feb 2027 (14 days)")
                .contains("nothing (stopped)");
    }

    @Test
    @DisplayName("prints names with markup characters as text")
    void escapesNames() throws IOException {
        String text = text(pdfs.calendar("<Ada> & Co", TaperSteps.plan("citalopram")));
        assertThat(text).contains("for <Ada> & Co");
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
