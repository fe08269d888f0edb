package org.medopt.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A PHQ-9 follow-up against its baseline")
class ChangeTests {

    private static final Instruments INSTRUMENTS = Instruments.load();
    private static final Instrument PHQ9 = INSTRUMENTS.get("phq-9");
    private static final InstrumentScorer SCORER = new InstrumentScorer();

    private static Change change(int baseline, int followUp) {
        return Change.between(PHQ9, SCORER.score(PHQ9, Answers.phq9Totalling(baseline)),
                SCORER.score(PHQ9, Answers.phq9Totalling(followUp)));
    }

    @ParameterizedTest(name = "{0} to {1}: drop {2}%, response {3}")
    @CsvSource({
        "20, 10, 50, true",
        "20, 11, 45, false",
        "15, 7, 53, true",
        "15, 8, 46, false",
        "12, 14, -17, false"})
    @DisplayName("is a response when the total falls by at least 50% of the baseline, exactly 50% included (MNCM)")
    void response(int baseline, int followUp, int drop, boolean response) {
        Change change = change(baseline, followUp);
        assertThat(change.dropPercent()).isEqualTo(drop);
        assertThat(change.response()).isEqualTo(response);
    }

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"20, 10", "20, 11", "12, 14", "9, 4"})
    @DisplayName("is judged the same from stored totals as from the scored answers")
    void fromTotals(int baseline, int followUp) {
        assertThat(Change.between(PHQ9, baseline, followUp)).isEqualTo(change(baseline, followUp));
    }

    @ParameterizedTest(name = "follow-up {0}: remission {1}")
    @CsvSource({"4, true", "5, false", "0, true"})
    @DisplayName("is remission when the follow-up total is below 5 (CMS159)")
    void remission(int followUp, boolean remission) {
        assertThat(change(18, followUp).remission()).isEqualTo(remission);
    }

    @Test
    @DisplayName("explains both judgements and names the source of each rule")
    void explained() {
        Change change = change(20, 4);
        assertThat(change.explanation())
                .contains("went from 20 to 4 (down 80%)")
                .contains("Response: the rule is a drop of at least 50% from baseline (MN Community Measurement")
                .contains("Remission: the rule is a score below 5 (CMS159");
    }

    @Test
    @DisplayName("cannot be a response from a baseline of 0")
    void zeroBaseline() {
        assertThat(change(0, 0).response()).isFalse();
    }

    @Test
    @DisplayName("is refused for an instrument without cited change rules, or for another instrument's score")
    void refused() {
        Instrument gad7 = INSTRUMENTS.get("gad-7");
        Score gad = SCORER.score(gad7, Answers.of("gad7-", "1 1 1 1 1 1 1"));
        assertThatThrownBy(() -> Change.between(gad7, gad, gad)).hasMessageContaining("no cited rules");
        Score phq = SCORER.score(PHQ9, Answers.phq9Totalling(10));
        assertThatThrownBy(() -> Change.between(PHQ9, phq, gad)).isInstanceOf(IllegalArgumentException.class);
    }
}
