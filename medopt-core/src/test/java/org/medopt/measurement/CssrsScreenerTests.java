package org.medopt.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The C-SSRS screener")
class CssrsScreenerTests {

    private static final Instrument CSSRS = Instruments.load().get("c-ssrs-screener");
    private static final InstrumentScorer LICENSED = new InstrumentScorer(Set.of("c-ssrs-screener"));

    /** Answers given as "item=value" pairs, 1 for yes and 0 for no. */
    private static Map<String, Integer> answers(String pairs) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (String pair : pairs.trim().split("\\s+")) {
            String[] parts = pair.split("=");
            answers.put("cssrs-" + parts[0], Integer.valueOf(parts[1]));
        }
        return answers;
    }

    @Test
    @DisplayName("is not scored where no electronic licence is recorded, and says why")
    void needsLicence() {
        assertThatThrownBy(() -> new InstrumentScorer().score(CSSRS, answers("1=0 2=0 6=0")))
                .isInstanceOf(InstrumentNotLicensed.class).hasMessageContaining("Clario");
    }

    @Test
    @DisplayName("is negative when questions 1, 2 and 6 are no, and questions 3-5 are then not asked")
    void negative() {
        Score score = LICENSED.score(CSSRS, answers("1=0 2=0 6=0"));
        assertThat(score.flagged()).isFalse();
        assertThat(score.total()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'1=1 2=0 6=0'",
        "'1=0 2=1 3=0 4=0 5=0 6=0'",
        "'1=1 2=1 3=1 4=0 5=0 6=0'",
        "'1=1 2=1 3=1 4=1 5=1 6=0'",
        "'1=0 2=0 6=1 6-recent=0'",
        "'1=0 2=0 6=1 6-recent=1'"})
    @DisplayName("is positive on any yes (MedOpt's own, most cautious reading), with a plain reason")
    void positive(String given) {
        Score score = LICENSED.score(CSSRS, answers(given));
        assertThat(score.safetyFlags()).singleElement().satisfies(flag -> {
            assertThat(flag.id()).isEqualTo("cssrs-positive");
            assertThat(flag.reason()).contains("assess suicide risk today");
            assertThat(flag.medoptOwn()).isTrue();
        });
    }

    @Test
    @DisplayName("names the questions answered yes that made the screen positive, in the screener's order")
    void itemsThatFired() {
        SafetyRule rule = CSSRS.safety().get(0);
        assertThat(rule.itemsFiredBy(answers("1=1 2=1 3=0 4=1 5=0 6=0"))).containsExactly("cssrs-1", "cssrs-2", "cssrs-4");
        assertThat(rule.itemsFiredBy(answers("1=0 2=0 6=0"))).isEmpty();
    }

    @Test
    @DisplayName("asks questions 3, 4 and 5 when question 2 is yes, and refuses the answers without them")
    void askedAfterYesToTwo() {
        assertThatThrownBy(() -> LICENSED.score(CSSRS, answers("1=1 2=1 6=0")))
                .isInstanceOfSatisfying(InvalidAnswers.class, e -> assertThat(e.problems()).containsExactly(
                        "cssrs-3 (thoughts of a method (past month)) is missing",
                        "cssrs-4 (intent to act, without a specific plan (past month)) is missing",
                        "cssrs-5 (intent to act, with a specific plan (past month)) is missing"));
    }

    @Test
    @DisplayName("refuses answers to questions 3-5 when question 2 was no, since the skip logic does not ask them")
    void skippedWhenNoToTwo() {
        assertThatThrownBy(() -> LICENSED.score(CSSRS, answers("1=1 2=0 5=1 6=0")))
                .isInstanceOfSatisfying(InvalidAnswers.class, e -> assertThat(e.problems())
                        .containsExactly("cssrs-5 is asked only when cssrs-2 is 1, and cssrs-2 was 0: leave it out"));
    }

    @Test
    @DisplayName("asks whether the behaviour was in the past 3 months only after a yes to question 6")
    void recentBehaviourAfterSix() {
        assertThatThrownBy(() -> LICENSED.score(CSSRS, answers("1=0 2=0 6=1")))
                .isInstanceOfSatisfying(InvalidAnswers.class, e -> assertThat(e.problems())
                        .containsExactly("cssrs-6-recent (that behaviour was in the past 3 months) is missing"));
    }
}
