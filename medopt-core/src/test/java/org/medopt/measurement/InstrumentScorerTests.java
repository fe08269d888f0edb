package org.medopt.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden cases: every expected total and band below was added up by hand from the published instructions. */
@DisplayName("Scoring")
class InstrumentScorerTests {

    private static final Instruments INSTRUMENTS = Instruments.load();
    private static final InstrumentScorer SCORER = new InstrumentScorer();

    private static Score score(String instrument, Map<String, Integer> answers) {
        return SCORER.score(INSTRUMENTS.get(instrument), answers);
    }

    @Nested
    @DisplayName("the PHQ-9 (Kroenke 2001: 5, 10, 15 and 20 start mild, moderate, moderately severe and severe)")
    class Phq9 {

        @ParameterizedTest(name = "answers {0} add up to {1}, {2}")
        @CsvSource({
            "0 0 0 0 0 0 0 0 0, 0, none-minimal",
            "1 1 1 1 0 0 0 0 0, 4, none-minimal",
            "1 1 1 1 1 0 0 0 0, 5, mild",
            "2 2 2 2 1 0 0 0 0, 9, mild",
            "2 2 2 2 2 0 0 0 0, 10, moderate",
            "2 2 2 2 2 2 2 0 0, 14, moderate",
            "3 3 3 2 2 2 0 0 0, 15, moderately severe",
            "3 3 3 3 3 2 2 0 0, 19, moderately severe",
            "3 3 3 3 3 3 2 0 0, 20, severe",
            "3 3 3 3 3 3 3 3 3, 27, severe"})
        @DisplayName("adds the nine answers and names the band, on both sides of every band edge")
        void bandEdges(String answers, int total, String band) {
            Score score = score("phq-9", Answers.of("phq9-", answers));
            assertThat(score.total()).hasValue(total);
            assertThat(score.band()).get().extracting(Band::label).isEqualTo(band);
        }

        @Test
        @DisplayName("does not count the question on how difficult the problems made life")
        void difficultyUnscored() {
            Map<String, Integer> answers = Answers.of("phq9-", "1 1 1 1 1 1 1 1 0");
            answers.put("phq9-difficulty", 3);
            assertThat(score("phq-9", answers).total()).hasValue(8);
        }

        @Test
        @DisplayName("flags item 9 answered 1 ('several days'), with a plain reason, even though the total is 1")
        void itemNineFlag() {
            Score score = score("phq-9", Answers.of("phq9-", "0 0 0 0 0 0 0 0 1"));
            assertThat(score.total()).hasValue(1);
            assertThat(score.safetyFlags()).singleElement().satisfies(flag -> {
                assertThat(flag.id()).isEqualTo("phq9-item9");
                assertThat(flag.reason()).contains("hurting themselves").contains("whatever the total");
                assertThat(flag.medoptOwn()).isTrue();
            });
        }

        @Test
        @DisplayName("raises no flag when item 9 is 0, however high the total")
        void noFlagAtZero() {
            assertThat(score("phq-9", Answers.of("phq9-", "3 3 3 3 3 3 3 3 0")).flagged()).isFalse();
        }
    }

    @ParameterizedTest(name = "GAD-7 answers {0} add up to {1}, {2}")
    @CsvSource({
        "1 1 1 1 0 0 0, 4, minimal",
        "1 1 1 1 1 0 0, 5, mild",
        "2 2 2 2 1 0 0, 9, mild",
        "2 2 2 2 2 0 0, 10, moderate",
        "2 2 2 2 2 2 2, 14, moderate",
        "3 3 3 2 2 2 0, 15, severe",
        "3 3 3 3 3 3 3, 21, severe"})
    @DisplayName("the GAD-7 adds seven answers and names the band (Spitzer 2006: 5, 10 and 15)")
    void gad7(String answers, int total, String band) {
        Score score = score("gad-7", Answers.of("gad7-", answers));
        assertThat(score.total()).hasValue(total);
        assertThat(score.band()).get().extracting(Band::label).isEqualTo(band);
    }

    @ParameterizedTest(name = "WHO-5 answers {0}: raw {1}, {2}%, poor well-being {3}")
    @CsvSource({
        "0 0 0 0 0, 0, 0, true",
        "2 2 2 3 3, 12, 48, true",
        "3 3 3 2 2, 13, 52, false",
        "5 5 5 5 5, 25, 100, false"})
    @DisplayName("the WHO-5 gives the raw score, the raw score times 4 as a percentage, and poor well-being below 13")
    void who5(String answers, int raw, int percent, boolean poor) {
        Score score = score("who-5", Answers.of("who5-", answers));
        assertThat(score.total()).hasValue(raw);
        assertThat(score.percentage()).hasValue(percent);
        assertThat(score.cutOffsMet()).extracting(CutOff::id)
                .isEqualTo(poor ? java.util.List.of("who5-poor-wellbeing") : java.util.List.of());
        assertThat(score.band()).isEmpty();
    }

    @Test
    @DisplayName("the QPR-15 adds fifteen answers of 0-4 to a recovery score of 0-60, with no band")
    void qpr15() {
        Score score = score("qpr-15", Answers.of("qpr-", "4 4 4 4 4 4 4 4 4 4 3 3 2 1 0"));
        assertThat(score.total()).hasValue(10 * 4 + 3 + 3 + 2 + 1 + 0);
        assertThat(score.band()).isEmpty();
    }

    @Test
    @DisplayName("MedOpt's side-effect checklist keeps every answer and gives no total")
    void sideEffectsUnscored() {
        Map<String, Integer> answers = Map.of("se-nausea", 2, "se-sleep", 0, "se-drowsy", 1, "se-sexual", 3,
                "se-weight", 0, "se-restless", 0, "se-dizzy", 0, "se-other", 0);
        Score score = score("medopt-side-effects", answers);
        assertThat(score.total()).isEmpty();
        assertThat(score.answers()).containsEntry("se-sexual", 3);
    }

    @Test
    @DisplayName("answers that are missing, out of range or unknown are refused, naming every problem at once")
    void everyProblemListed() {
        Map<String, Integer> answers = Answers.of("phq9-", "1 1 1 7 -1 0 0 0 0");
        answers.remove("phq9-3");
        answers.put("phq9-10", 1);
        answers.put("phq9-6", null);
        assertThatThrownBy(() -> score("phq-9", answers)).isInstanceOfSatisfying(InvalidAnswers.class, e -> {
            assertThat(e.problems()).containsExactly(
                    "phq9-3 (sleep) is missing",
                    "phq9-4 is 7, outside 0-3",
                    "phq9-5 is -1, outside 0-3",
                    "phq9-6 (feeling bad about yourself) is missing",
                    "phq9-10 is not an item of phq-9");
            assertThat(e).hasMessageStartingWith("The answers to Patient Health Questionnaire-9 (PHQ-9) cannot be scored");
        });
    }

    @Test
    @DisplayName("an item the data marks reversed counts lowest + highest minus the answer")
    void reverseScored() {
        Instrument test = Instruments.load("org/medopt/measurement/reverse-scored-instruments.json").get("two-items");
        Score score = SCORER.score(test, Map.of("plain", 1, "reversed", 1));
        assertThat(score.total()).hasValue(1 + (0 + 4 - 1));
    }

    @Test
    @DisplayName("answers meant for the GAD-7 are refused by the PHQ-9, listing each missing and each unknown item")
    void otherInstrumentsItems() {
        Map<String, Integer> answers = new HashMap<>(Answers.of("gad7-", "0 0 0 0 0 0 0"));
        assertThatThrownBy(() -> score("phq-9", answers)).isInstanceOfSatisfying(InvalidAnswers.class,
                e -> assertThat(e.problems()).hasSize(9 + 7));
    }
}
