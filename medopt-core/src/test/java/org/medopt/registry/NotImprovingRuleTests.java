package org.medopt.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medopt.measurement.Instruments;

/**
 * The shipped not-improving rule (Sowa 2018; the Washington State registry study of 2015): from week 8, a PHQ-9
 * neither below 10 nor at least 50% below a baseline of 10 or more means not improving.
 */
@Tag("shipped-data")
@DisplayName("The collaborative-care not-improving rule")
class NotImprovingRuleTests {

    static final RegistryRules RULES = RegistryRules.load(Instruments.load());
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private static DatedScore phq9(int daysAfterStart, int total) {
        return new DatedScore("phq-9", START.plusDays(daysAfterStart), total);
    }

    private static Progress onDay(int day, DatedScore baseline, DatedScore latest) {
        return RULES.notImproving().judge(START, START.plusDays(day), baseline, latest);
    }

    @Nested
    @DisplayName("from week 8")
    class FromWeekEight {

        @ParameterizedTest(name = "baseline {0}, latest {1}: {2}")
        @CsvSource({
            "20, 10, IMPROVING",
            "20, 11, NOT_IMPROVING",
            "22, 11, IMPROVING",
            "22, 12, NOT_IMPROVING",
            "12, 9, IMPROVING",
            "15, 10, NOT_IMPROVING",
            "10, 10, NOT_IMPROVING",
            "14, 17, NOT_IMPROVING"})
        @DisplayName("a latest PHQ-9 below 10 or at least 50% below baseline is improving, exactly 50% included; anything else is not")
        void judgesTheLatestScore(int baseline, int latest, ProgressStatus status) {
            assertThat(onDay(56, phq9(0, baseline), phq9(50, latest)).status()).isEqualTo(status);
        }

        @Test
        @DisplayName("exactly 8 weeks after the start is week 8: a person with no improvement is flagged that day")
        void exactlyAtTheWeek() {
            Progress progress = onDay(56, phq9(0, 20), phq9(49, 16));
            assertThat(progress.weeksInTreatment()).isEqualTo(8);
            assertThat(progress.notImproving()).isTrue();
        }

        @Test
        @DisplayName("a baseline with no PHQ-9 since is not judged as improving or not, but asks for a score")
        void noFollowUp() {
            Progress progress = onDay(60, phq9(0, 18), null);
            assertThat(progress.status()).isEqualTo(ProgressStatus.NO_FOLLOW_UP);
            assertThat(progress.explanation()).contains("No Patient Health Questionnaire-9 (PHQ-9) since the baseline 18",
                    "complete one to judge progress");
        }
    }

    @Nested
    @DisplayName("before week 8")
    class BeforeWeekEight {

        @Test
        @DisplayName("one day short of 8 weeks is week 7: no improvement yet is too early to judge")
        void oneDayShort() {
            Progress progress = onDay(55, phq9(0, 20), phq9(49, 16));
            assertThat(progress.weeksInTreatment()).isEqualTo(7);
            assertThat(progress.status()).isEqualTo(ProgressStatus.TOO_EARLY);
            assertThat(progress.explanation()).contains("7 weeks in treatment; the rule judges from week 8");
        }

        @Test
        @DisplayName("improvement counts as soon as it shows")
        void earlyImprovement() {
            assertThat(onDay(21, phq9(0, 20), phq9(21, 8)).status()).isEqualTo(ProgressStatus.IMPROVING);
        }

        @Test
        @DisplayName("a baseline alone is too early to judge")
        void baselineOnly() {
            assertThat(onDay(7, phq9(0, 20), null).status()).isEqualTo(ProgressStatus.TOO_EARLY);
        }
    }

    @Test
    @DisplayName("without a baseline nothing is judged")
    void noBaseline() {
        Progress progress = onDay(70, null, null);
        assertThat(progress.status()).isEqualTo(ProgressStatus.NO_BASELINE);
        assertThat(progress.change()).isNull();
    }

    @ParameterizedTest(name = "baseline {0}: {1}")
    @CsvSource({"9, OUTSIDE_RULE", "10, NOT_IMPROVING"})
    @DisplayName("applies only from a baseline of 10, the lowest the studies included")
    void baselineRange(int baseline, ProgressStatus status) {
        assertThat(onDay(70, phq9(0, baseline), phq9(63, baseline)).status()).isEqualTo(status);
    }

    @Test
    @DisplayName("explains itself: the scores with their days, the rule, what to do, and its sources")
    void explained() {
        Progress progress = onDay(63, phq9(0, 20), phq9(62, 16));
        assertThat(progress.explanation())
                .contains("Not improving after 9 weeks in treatment: the latest Patient Health Questionnaire-9 (PHQ-9) "
                        + "(2026-03-08) is 16, not below 10, and down 20% from the baseline 20 (2026-01-05), less than the 50%")
                .contains("Rule cocm-not-improving-by-week-8")
                .contains("psychiatric case review")
                .contains("Sowa NA", "Unpacking collaborative care for depression");
    }

    @Test
    @DisplayName("gives response and remission by the PHQ-9's own cited change rules")
    void responseAndRemission() {
        Progress progress = onDay(84, phq9(0, 20), phq9(84, 4));
        assertThat(progress.change().response()).isTrue();
        assertThat(progress.change().remission()).isTrue();
        assertThat(progress.explanation()).contains("Remission: the rule is a score below 5 (CMS159");
    }

    @Test
    @DisplayName("rests only on sources that were seen, and says which")
    void sources() {
        assertThat(RULES.notImproving().sources()).extracting(s -> s.id())
                .contains("sowa-2018-case-review", "unpacking-cocm-2015", "aims-principles");
        assertThat(RULES.notImproving().sources()).allMatch(s -> s.firm());
    }

    @Test
    @DisplayName("weeks in treatment are whole weeks from the start, and none before it")
    void weeks() {
        assertThat(NotImprovingRule.weeksInTreatment(START, START.plusDays(13))).isEqualTo(1);
        assertThat(NotImprovingRule.weeksInTreatment(START, START.plusDays(14))).isEqualTo(2);
        assertThat(NotImprovingRule.weeksInTreatment(START, START.minusDays(3))).isZero();
        assertThat(List.of(RULES.notImproving().fromWeek(), RULES.notImproving().improvedBelow(),
                RULES.notImproving().improvedDropPercent(), RULES.notImproving().appliesFromBaseline()))
                .containsExactly(8, 10, 50, 10);
    }
}
