package org.medopt.app.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medopt.app.chart.SvgDocument.byClass;
import static org.medopt.app.chart.SvgDocument.inlineCode;
import static org.medopt.app.chart.SvgDocument.parse;
import static org.medopt.app.chart.SvgDocument.texts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medopt.app.chart.Drawing;
import org.medopt.app.medication.MedicationChange;
import org.medopt.app.medication.MedicationChange.Kind;
import org.medopt.measurement.Band;
import org.medopt.measurement.Instrument;
import org.medopt.measurement.Instruments;
import org.w3c.dom.Element;

/**
 * The dates run from 1 Jan 2027 to today, 11 Feb 2027: 41 days over the 328 units between x = 48 and x = 376, so each
 * day is 8 units. Without medication changes the first panel's plot runs from y = 24 (the highest score) to y = 104
 * (the lowest).
 */
@DisplayName("The trend chart of a person's scores")
class TrendChartTests {

    private static final LocalDate FIRST = LocalDate.of(2027, 1, 1);
    private static final LocalDate TODAY = FIRST.plusDays(41);
    private static final Instruments INSTRUMENTS = Instruments.load();

    private final TrendChart chart = new TrendChart(INSTRUMENTS);

    @Test
    @DisplayName("is an SVG that scales to its container, with no script and no inline style")
    void scalesWithoutScriptOrStyle() throws Exception {
        Element svg = svg(List.of(phq9(1, 0, 18, "moderately severe")), List.of(started(10)));
        assertThat(svg.getAttribute("viewBox")).startsWith("0 0 400 ");
        assertThat(svg.getAttribute("width")).isEqualTo("100%");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(inlineCode(svg)).isEmpty();
    }

    @Test
    @DisplayName("joins an instrument's scores in the order they were completed, whatever order they come in")
    void pointsInDateOrder() throws Exception {
        Element svg = svg(List.of(phq9(3, 41, 6, "mild"), phq9(1, 0, 18, "moderately severe"), phq9(2, 20, 12, "moderate")),
                List.of());
        // x = 48 + 8 × day; y = 104 - 80 × score / 27.
        assertThat(byClass(svg, "path", "score-line").get(0).getAttribute("d"))
                .isEqualTo("M48.0 50.7 L208.0 68.4 L376.0 86.2");
        assertThat(byClass(svg, "circle", "score")).extracting(e -> e.getAttribute("cx"))
                .containsExactly("48.0", "208.0", "376.0");
        assertThat(byClass(svg, "circle", "score")).extracting(Element::getTextContent).containsExactly(
                "PHQ-9 18 (moderately severe), 1 Jan 2027", "PHQ-9 12 (moderate), 21 Jan 2027", "PHQ-9 6 (mild), 11 Feb 2027");
    }

    @Test
    @DisplayName("gives each scored instrument a panel of its own, in the instruments' order, and leaves out unscored ones")
    void panelPerInstrument() throws Exception {
        Element svg = svg(List.of(response(1, "who-5", 0, 10, null, 40), response(2, "gad-7", 0, 12, "moderate", null),
                response(3, "medopt-side-effects", 0, null, null, null), phq9(4, 0, 18, "moderately severe")), List.of());
        assertThat(byClass(svg, "g", "trend-panel")).extracting(e -> e.getAttribute("data-instrument"))
                .containsExactly("phq-9", "gad-7", "who-5");
        assertThat(byClass(svg, "text", "panel-title")).extracting(Element::getTextContent)
                .containsExactly("PHQ-9", "GAD-7", "WHO-5");
    }

    @Test
    @DisplayName("draws WHO-5 as its percentage on a 0–100% scale")
    void who5AsPercentage() throws Exception {
        Element svg = svg(List.of(response(1, "who-5", 0, 10, null, 40), response(2, "who-5", 41, 14, null, 56)), List.of());
        assertThat(texts(svg)).contains("0%", "100%", "40%", "56%");
        // y = 104 - 80 × percentage / 100
        assertThat(byClass(svg, "circle", "score")).extracting(e -> e.getAttribute("cy")).containsExactly("72.0", "59.2");
    }

    @Nested
    @DisplayName("marks band boundaries lightly")
    class Bands {

        @Test
        @DisplayName("halfway between the bands the instrument data gives, each band named")
        void fromTheData() throws Exception {
            Instrument phq9 = INSTRUMENTS.get("phq-9");
            List<Band> halves = List.of(new Band(0, 12, "lower", List.of()), new Band(13, 27, "upper", List.of()));
            Instrument test = new Instrument(phq9.id(), phq9.name(), phq9.period(), true, phq9.scoringSources(),
                    phq9.licence(), phq9.items(), halves, null, List.of(), List.of(), null);
            Element svg = parse(new TrendChart(List.of(test)).draw(List.of(phq9(1, 0, 18, "upper")), List.of(), TODAY)
                    .svg()).getDocumentElement();
            // 12.5 of 27: y = 104 - 80 × 12.5 / 27
            assertThat(byClass(svg, "line", "band-boundary")).extracting(e -> e.getAttribute("y1")).containsExactly("67.0");
            assertThat(byClass(svg, "text", "band-label")).extracting(Element::getTextContent)
                    .containsExactly("lower", "upper");
        }

        @Test
        @DisplayName("for PHQ-9 and GAD-7 between each of their bands, and not at all for instruments without bands")
        void onlyWhereThereAreBands() throws Exception {
            Element svg = svg(List.of(phq9(1, 0, 18, "moderately severe"), response(2, "gad-7", 0, 12, "moderate", null),
                    response(3, "who-5", 0, 10, null, 40), response(4, "qpr-15", 0, 40, null, null)), List.of());
            List<Element> panels = byClass(svg, "g", "trend-panel");
            assertThat(panels).extracting(p -> byClass(p, "line", "band-boundary").size()).containsExactly(
                    INSTRUMENTS.get("phq-9").bands().size() - 1, INSTRUMENTS.get("gad-7").bands().size() - 1, 0, 0);
            assertThat(texts(panels.get(0))).contains("none-minimal", "moderately severe");
        }
    }

    @Nested
    @DisplayName("marks medication changes")
    class MedicationChanges {

        @Test
        @DisplayName("as a numbered line through every panel at the day of the change, with a key that wraps long changes")
        void atTheirDay() throws Exception {
            Element svg = svg(List.of(phq9(1, 0, 18, "moderately severe"), response(2, "gad-7", 0, 12, "moderate", null)),
                    List.of(started(10), new MedicationChange(FIRST.plusDays(20), "sertraline", Kind.DOSE_CHANGED,
                            "50 mg once daily to 100 mg once daily")));
            assertThat(byClass(svg, "g", "medication-marker")).extracting(
                    m -> ((Element) m.getElementsByTagName("circle").item(0)).getAttribute("cx")).containsExactly("128.0", "208.0");
            for (Element panel : byClass(svg, "g", "trend-panel")) {
                assertThat(byClass(panel, "line", "medication-change")).extracting(e -> e.getAttribute("x1"))
                        .containsExactly("128.0", "208.0");
            }
            assertThat(texts(byClass(svg, "g", "medication-key").get(0))).containsExactly("Medication changes",
                    "1 · 11 Jan 2027 · started sertraline 50 mg once daily",
                    "2 · 21 Jan 2027 · sertraline dose changed: 50 mg once daily to 100 mg", "once daily");
        }

        @Test
        @DisplayName("with one number for the changes of one day, and the next number a row lower when it would touch")
        void sameDayAndCrowded() throws Exception {
            Element svg = svg(List.of(phq9(1, 0, 18, "moderately severe")), List.of(started(10),
                    new MedicationChange(FIRST.plusDays(10), "fluoxetine", Kind.STOPPED, null), started(11)));
            List<Element> markers = byClass(svg, "g", "medication-marker");
            assertThat(markers).extracting(m -> m.getElementsByTagName("text").item(0).getTextContent())
                    .containsExactly("1", "2");
            assertThat(markers).extracting(m -> ((Element) m.getElementsByTagName("circle").item(0)).getAttribute("cy"))
                    .containsExactly("11.0", "25.0");
            assertThat(markers.get(0).getTextContent()).contains("started sertraline", "stopped fluoxetine");
        }

        @Test
        @DisplayName("only between the first score and today, saying how many fall outside")
        void onlyWithinTheDates() throws Exception {
            Drawing drawing = chart.draw(List.of(phq9(1, 0, 18, "moderately severe")),
                    List.of(started(-30), started(10), started(60)), TODAY);
            assertThat(byClass(parse(drawing.svg()).getDocumentElement(), "g", "medication-marker")).hasSize(1);
            assertThat(drawing.summary()).contains("2 medication changes fall outside these dates and are not drawn");
        }
    }

    @Nested
    @DisplayName("in words")
    class Summary {

        @Test
        @DisplayName("says each instrument's first and latest score with their dates and the change, then the medication changes")
        void firstLatestAndChanges() {
            String summary = chart.draw(List.of(phq9(1, 0, 18, "moderately severe"), phq9(2, 20, 12, "moderate"),
                    phq9(3, 41, 6, "mild"), response(4, "who-5", 0, 10, null, 40), response(5, "who-5", 41, 14, null, 56)),
                    List.of(started(10)), TODAY).summary();
            assertThat(summary).isEqualTo("""
                    Questionnaire scores over time, 1 Jan 2027 to 11 Feb 2027.
                    PHQ-9: first 18 (moderately severe) on 1 Jan 2027, latest 6 (mild) on 11 Feb 2027; down 12 points over 3 scores.
                    WHO-5: first 40% on 1 Jan 2027, latest 56% on 11 Feb 2027; up 16 percentage points over 2 scores.
                    Medication change 1, 11 Jan 2027: started sertraline 50 mg once daily.""");
        }

        @Test
        @DisplayName("is the chart's description, and says when no medication changed")
        void isTheDescription() throws Exception {
            Drawing drawing = chart.draw(List.of(phq9(1, 0, 18, "moderately severe")), List.of(), TODAY);
            Element svg = parse(drawing.svg()).getDocumentElement();
            assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo(drawing.summary());
            assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                    .isEqualTo("Questionnaire scores over time, 1 Jan 2027 to 11 Feb 2027");
            assertThat(drawing.summary()).contains("No medication changes recorded in this period.");
        }
    }

    @Test
    @DisplayName("says there are no scores yet rather than drawing empty panels, also when only unscored instruments were completed")
    void noScoresYet() throws Exception {
        for (List<StoredResponse> responses : List.of(List.<StoredResponse>of(),
                List.of(response(1, "medopt-side-effects", 0, null, null, null)))) {
            Drawing drawing = chart.draw(responses, List.of(started(10)), TODAY);
            Element svg = parse(drawing.svg()).getDocumentElement();
            assertThat(texts(svg)).containsExactly("No scores yet");
            assertThat(drawing.summary()).isEqualTo("No scores yet.");
        }
    }

    @Test
    @DisplayName("shows a single score as a point without a line, in the middle when it was completed today")
    void oneScore() throws Exception {
        Drawing drawing = chart.draw(List.of(phq9(1, 41, 12, "moderate")), List.of(), TODAY);
        Element svg = parse(drawing.svg()).getDocumentElement();
        assertThat(byClass(svg, "path", "score-line")).isEmpty();
        assertThat(byClass(svg, "circle", "score")).extracting(e -> e.getAttribute("cx")).containsExactly("212.0");
        assertThat(byClass(svg, "text", "score-label")).extracting(Element::getTextContent).containsExactly("12");
        assertThat(drawing.summary()).contains("PHQ-9: one score, 12 (moderate) on 11 Feb 2027.");
    }

    @Test
    @DisplayName("draws many scores as one line, labelling only the first and the latest")
    void manyScores() throws Exception {
        List<StoredResponse> weekly = new ArrayList<>();
        IntStream.range(0, 30).forEach(week -> weekly.add(phq9(week, week * 7, 20 - week / 2, null)));
        Drawing drawing = chart.draw(weekly, List.of(), FIRST.plusDays(29 * 7));
        Element svg = parse(drawing.svg()).getDocumentElement();
        List<Double> xs = byClass(svg, "circle", "score").stream().map(e -> Double.valueOf(e.getAttribute("cx"))).toList();
        assertThat(xs).hasSize(30).isSorted().startsWith(48.0).endsWith(376.0);
        assertThat(byClass(svg, "path", "score-line").get(0).getAttribute("d").split(" L")).hasSize(30);
        assertThat(byClass(svg, "text", "score-label")).extracting(Element::getTextContent).containsExactly("20", "6");
        assertThat(drawing.summary()).contains("PHQ-9: first 20 on 1 Jan 2027, latest 6 on 23 Jul 2027; down 14 points over 30 scores.");
    }

    @Test
    @DisplayName("escapes text, so a drug name with markup characters stays text")
    void escapesText() throws Exception {
        Element svg = svg(List.of(phq9(1, 0, 18, "moderately severe")),
                List.of(new MedicationChange(FIRST.plusDays(3), "<b>x</b> & \"y\"", Kind.STOPPED, null)));
        assertThat(svg.getElementsByTagName("b").getLength()).isZero();
        assertThat(texts(svg)).contains("1 · 4 Jan 2027 · stopped <b>x</b> & \"y\"");
    }

    private Element svg(List<StoredResponse> responses, List<MedicationChange> changes) throws Exception {
        return parse(chart.draw(responses, changes, TODAY).svg()).getDocumentElement();
    }

    private static MedicationChange started(int day) {
        return new MedicationChange(FIRST.plusDays(day), "sertraline", Kind.STARTED, "50 mg once daily");
    }

    private static StoredResponse phq9(long id, int day, int total, String band) {
        return response(id, "phq-9", day, total, band, null);
    }

    private static StoredResponse response(long id, String instrumentId, int day, Integer total, String band,
            Integer percentage) {
        LocalDate completedOn = FIRST.plusDays(day);
        return new StoredResponse(id, 7, instrumentId, "1", Map.of(), total, band, percentage, List.of(), completedOn,
                true, "person", OffsetDateTime.of(completedOn.atTime(9, 0), ZoneOffset.UTC));
    }
}
