package org.medopt.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.medopt.measurement.Instruments;

/** MedOpt's own choice of baseline: the first PHQ-9 within 14 days of the episode's start. */
@Tag("shipped-data")
@DisplayName("The baseline and latest scores of a care episode")
class BaselineChoiceTests {

    private static final RegistryRules RULES = RegistryRules.load(Instruments.load());
    private static final LocalDate START = LocalDate.of(2026, 1, 15);

    private static DatedScore phq9(int daysAfterStart, int total) {
        return new DatedScore("phq-9", START.plusDays(daysAfterStart), total);
    }

    @Test
    @DisplayName("the baseline is the first score from 14 days before to 14 days after the start, both days included")
    void window() {
        BaselineChoice choice = RULES.baseline();
        assertThat(choice.baseline(List.of(phq9(-15, 21), phq9(-14, 20), phq9(3, 19)), START)).contains(phq9(-14, 20));
        assertThat(choice.baseline(List.of(phq9(14, 18), phq9(30, 12)), START)).contains(phq9(14, 18));
        assertThat(choice.baseline(List.of(phq9(-15, 21), phq9(15, 18)), START)).isEmpty();
        assertThat(choice.sources()).extracting(s -> s.id()).containsExactly("medopt-own");
    }

    @Test
    @DisplayName("the latest is the newest score after the baseline, in whatever order the scores come")
    void latest() {
        BaselineChoice choice = RULES.baseline();
        List<DatedScore> scores = List.of(phq9(40, 11), phq9(0, 20), phq9(20, 15));
        assertThat(choice.latest(scores, phq9(0, 20))).contains(phq9(40, 11));
        assertThat(choice.latest(List.of(phq9(0, 20)), phq9(0, 20))).isEmpty();
        assertThat(choice.latest(List.of(phq9(0, 20), phq9(0, 17)), phq9(0, 20))).contains(phq9(0, 17));
    }

    @Test
    @DisplayName("a person's progress uses only PHQ-9 scores and says how the baseline was chosen")
    void progressFromAllScores() {
        List<DatedScore> scores = List.of(new DatedScore("gad-7", START, 3), phq9(1, 20), phq9(60, 18),
                new DatedScore("gad-7", START.plusDays(61), 19));
        Progress progress = RULES.progress(START, START.plusDays(62), scores);
        assertThat(progress.status()).isEqualTo(ProgressStatus.NOT_IMPROVING);
        assertThat(progress.baseline()).isEqualTo(phq9(1, 20));
        assertThat(progress.latest()).isEqualTo(phq9(60, 18));
        assertThat(progress.explanation()).contains("Baseline (MedOpt's own choice): The baseline is the first PHQ-9 "
                + "completed within 14 days before or after the day the episode started");
    }

    @Test
    @DisplayName("the GAD-7 change is shown without a judgement: no cited rule says when it is not improving")
    void gad7Trend() {
        List<DatedScore> scores = List.of(new DatedScore("gad-7", START, 14), new DatedScore("gad-7", START.plusDays(30), 10));
        Trend trend = RULES.trend(Instruments.load().get("gad-7"), START, scores);
        assertThat(trend.newest().total()).isEqualTo(10);
        assertThat(trend.dropPercent()).isEqualTo(28);
        assertThat(trend.change()).isNull();
        assertThat(trend.described()).isEqualTo("down 28% from 14");
        assertThat(RULES.notJudged("gad-7")).hasValueSatisfying(n -> assertThat(n.why().text()).contains("flags nothing"));
    }

    @Test
    @DisplayName("without a baseline the newest score is still shown, with no change")
    void trendWithoutBaseline() {
        Trend trend = RULES.trend(Instruments.load().get("phq-9"), START, List.of(phq9(40, 12)));
        assertThat(trend.newest()).isEqualTo(phq9(40, 12));
        assertThat(trend.baseline()).isNull();
        assertThat(trend.dropPercent()).isNull();
        assertThat(trend.described()).isEmpty();
    }
}
