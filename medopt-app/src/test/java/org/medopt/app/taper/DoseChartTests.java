package org.medopt.app.taper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medopt.app.chart.SvgDocument.byClass;
import static org.medopt.app.chart.SvgDocument.inlineCode;
import static org.medopt.app.chart.SvgDocument.parse;
import static org.medopt.app.chart.SvgDocument.texts;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

@DisplayName("The dose chart")
class DoseChartTests {

    private static final LocalDate TODAY = TaperSteps.START.plusDays(20);
    private static final List<CheckInPoint> CHECK_INS = List.of(new CheckInPoint(TaperSteps.START.plusDays(7), 12, 3),
            new CheckInPoint(TaperSteps.START.plusDays(17), 20, 7));

    private final DoseChart chart = new DoseChart();

    @Test
    @DisplayName("is an SVG that scales to its container, with no script and no inline style")
    void scalesWithoutScriptOrStyle() throws Exception {
        Element svg = parse(chart.svg(TaperSteps.of("citalopram"), CHECK_INS, TODAY)).getDocumentElement();
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 400 260");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
        assertThat(inlineCode(svg)).isEmpty();
    }

    @Test
    @DisplayName("draws each step's daily dose held from its first day to the next step, 20 mg at the top and 0 mg on the axis")
    void drawsDoseSteps() throws Exception {
        Element svg = parse(chart.svg(TaperSteps.of("citalopram"), List.of(), null)).getDocumentElement();
        String d = byClass(svg, "path", "dose-line").get(0).getAttribute("d");
        // 56 days over 304 units from x = 52: each 14-day step is 76 units wide; 20 mg at y = 30, 0 mg at y = 216.
        assertThat(d).isEqualTo("M52.0 30.0 L128.0 30.0 L128.0 76.5 L204.0 76.5 L204.0 123.0 L280.0 123.0"
                + " L280.0 216.0 L356.0 216.0");
    }

    @Test
    @DisplayName("draws the estimated occupancy only over the steps that have it, on a 0–100% scale")
    void drawsOccupancyWhereKnown() throws Exception {
        Element svg = parse(chart.svg(TaperSteps.of("citalopram"), List.of(), null)).getDocumentElement();
        String d = byClass(svg, "path", "occupancy-line").get(0).getAttribute("d");
        assertThat(d).isEqualTo("M52.0 103.5 L128.0 103.5 L128.0 113.7 L204.0 113.7");
        assertThat(texts(svg)).contains("100%", "0%", "est. occupancy");
    }

    @Test
    @DisplayName("leaves out the occupancy line and its axis when no step has an occupancy")
    void noOccupancyWithoutModel() throws Exception {
        List<org.medopt.taper.TaperStep> steps = TaperSteps.of("lorazepam").stream().map(s -> new org.medopt.taper.TaperStep(
                s.number(), s.start(), s.end(), s.drug(), s.targetMilligrams(), s.milligrams(), s.gapPercent(), s.dosing(),
                null, s.limit(), s.explanation(), s.warnings())).toList();
        Element svg = parse(chart.svg(steps, List.of(), null)).getDocumentElement();
        assertThat(byClass(svg, "path", "occupancy-line")).isEmpty();
        assertThat(texts(svg)).doesNotContain("100%", "est. occupancy");
    }

    @Test
    @DisplayName("marks each check-in at its date with how hard it was (0–10), and today with a line")
    void marksCheckInsAndToday() throws Exception {
        Element svg = parse(chart.svg(TaperSteps.of("citalopram"), CHECK_INS, TODAY)).getDocumentElement();
        List<Element> checkIns = byClass(svg, "g", "check-in");
        assertThat(checkIns).hasSize(2);
        Element second = (Element) checkIns.get(1).getElementsByTagName("circle").item(0);
        assertThat(second.getAttribute("cx")).isEqualTo("144.3");
        assertThat(second.getAttribute("cy")).isEqualTo("85.8");
        assertThat(checkIns.get(1).getTextContent()).contains("how hard 7 of 10, symptom total 20", "7");
        Element today = (Element) byClass(svg, "g", "today").get(0).getElementsByTagName("line").item(0);
        assertThat(today.getAttribute("x1")).isEqualTo("160.6");
    }

    @Test
    @DisplayName("labels the dose axis in mg and the time axis with dates from the first day to the stop")
    void labelsAxes() throws Exception {
        Element svg = parse(chart.svg(TaperSteps.of("citalopram"), List.of(), null)).getDocumentElement();
        assertThat(texts(svg)).contains("0 mg", "5 mg", "10 mg", "15 mg", "20 mg", "mg a day", "4 Jan 2027", "1 Mar 2027");
    }

    @Test
    @DisplayName("has an accessible title and a description that says every step in words")
    void titleAndDescription() throws Exception {
        Element svg = parse(chart.svg(TaperSteps.of("citalopram"), CHECK_INS, TODAY)).getDocumentElement();
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Taper of citalopram from 20 mg a day to 0 mg, 4 Jan 2027 to 28 Feb 2027");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
                .contains("Step 2, 18 Jan 2027 to 31 Jan 2027: citalopram 15 mg a day, estimated occupancy 55%.")
                .contains("Step 4, 15 Feb 2027 to 28 Feb 2027: citalopram 0 mg a day.")
                .contains("Today is 24 Jan 2027.");
        assertThat(chart.summary(TaperSteps.of("citalopram"), CHECK_INS, TODAY))
                .isEqualTo(svg.getElementsByTagName("desc").item(0).getTextContent());
    }

    @Test
    @DisplayName("escapes text, so a drug name with markup characters stays text")
    void escapesText() throws Exception {
        Document svg = parse(chart.svg(TaperSteps.of("<b>x</b> & \"y\""), List.of(), null));
        assertThat(svg.getElementsByTagName("b").getLength()).isZero();
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).startsWith("Taper of <b>x</b> & \"y\" from");
    }

    @Test
    @DisplayName("says there are no steps rather than drawing an empty plot")
    void noSteps() throws Exception {
        assertThat(parse(chart.svg(List.of(), List.of(), TODAY)).getDocumentElement().getTextContent())
                .contains("No steps to show");
    }
}
