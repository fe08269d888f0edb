package org.medopt.taper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medopt.taper.TaperFixture.CITALOPRAM;
import static org.medopt.taper.TaperFixture.LORAZEPAM;
import static org.medopt.taper.TaperFixture.mg;
import static org.medopt.taper.TaperFixture.plan;
import static org.medopt.taper.TaperFixture.request;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * ASAM joint guideline on benzodiazepine tapering, 2025 (pocket guide): "dose reductions of 5% to 10% every 2–4
 * weeks" initially, and "typically not exceed 25% every 2 weeks". Two-week falls worked by hand: 15% weekly is
 * 1 − 0.85² = 27.75%; 30% every 14 days is 30%; 20% every 28 days is 1 − 0.8^0.5 ≈ 10.6%.
 */
@DisplayName("A benzodiazepine taper's pace, held against the ASAM 2025 guideline")
class BenzodiazepinePaceTests {

    @Test
    @DisplayName("10% every 4 weeks draws no pace warning")
    void usualPace() {
        assertThat(paceWarnings(plan(request(LORAZEPAM, "2").method(TaperMethod.PROPORTIONAL)))).isEmpty();
    }

    @Test
    @DisplayName("15% every week (27.75% in two weeks) is warned as faster than 25% every 2 weeks")
    void weeklyFifteen() {
        TaperPlan plan = plan(request(LORAZEPAM, "2").method(TaperMethod.PROPORTIONAL).pace(mg("15")).stepDays(7));
        assertThat(paceWarnings(plan)).singleElement().asString().contains("about 27.8% in two weeks");
    }

    @Test
    @DisplayName("30% every 2 weeks is warned as faster than 25% every 2 weeks")
    void fortnightlyThirty() {
        TaperPlan plan = plan(request(LORAZEPAM, "2").method(TaperMethod.PROPORTIONAL).pace(mg("30")).stepDays(14));
        assertThat(paceWarnings(plan)).singleElement().asString().contains("about 30% in two weeks");
    }

    @Test
    @DisplayName("20% every 4 weeks is within 25% in two weeks but above the usual initial 5–10%, and says so")
    void aboveUsualInitial() {
        TaperPlan plan = plan(request(LORAZEPAM, "2").method(TaperMethod.PROPORTIONAL).pace(mg("20")));
        assertThat(paceWarnings(plan)).singleElement().asString().contains("larger than the 5–10% every 2–4 weeks");
    }

    @Test
    @DisplayName("a drug that is not a benzodiazepine is not held to the benzodiazepine guideline")
    void otherDrugs() {
        TaperPlan plan = plan(request(CITALOPRAM, "20").method(TaperMethod.PROPORTIONAL).pace(mg("40")).stepDays(7));
        assertThat(paceWarnings(plan)).isEmpty();
    }

    private static List<String> paceWarnings(TaperPlan plan) {
        return plan.warnings().stream().filter(w -> w.contains("ASAM")).toList();
    }
}
