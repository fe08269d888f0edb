package org.medopt.taper;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.medopt.knowledge.KnowledgeBase;

/**
 * A golden case on the shipped knowledge base: NHS Scotland Right Decisions, "Benzodiazepines and z-drugs quality
 * prescribing guide: reduction schedules" (source {@code nhs-scotland-bz-reduction-schedules}), lorazepam 1 mg morning
 * and night switched to diazepam one dose at a time, then diazepam cut by 1 mg a step. Daily totals from its table:
 * 20 (one dose switched), 20, 19, 18, ... 2, 1, stop — 22 steps. The page gives no step length, so none is checked.
 */
@Tag("shipped-data")
@DisplayName("The NHS Scotland lorazepam 2 mg reduction schedule")
class NhsScotlandScheduleTests {

    private static final TaperPlanner PLANNER = new TaperPlanner(KnowledgeBase.load().catalog());

    private final TaperPlan plan = PLANNER.plan(TaperRequest
            .of(PLANNER.drug("lorazepam"), new BigDecimal("2"), LocalDate.of(2026, 12, 1))
            .takenAs(new Administration("morning", BigDecimal.ONE), new Administration("night", BigDecimal.ONE))
            .switchToDiazepam()
            .method(TaperMethod.LINEAR)
            .pace(new BigDecimal("5"))
            .build());

    @Test
    @DisplayName("is matched step for step in daily diazepam mg: 20, 20, then 19 down to 1 mg, then stop")
    void dailyTotals() {
        List<Integer> published = new ArrayList<>(List.of(20, 20));
        for (int mg = 19; mg >= 0; mg--) {
            published.add(mg);
        }
        assertThat(plan.steps()).extracting(s -> s.milligrams().intValueExact()).containsExactlyElementsOf(published);
        assertThat(plan.steps()).hasSize(22);
    }

    @Test
    @DisplayName("switches one dose first (lorazepam stays at night), as the schedule's first step does")
    void switchesOneDoseFirst() {
        assertThat(plan.steps().get(0).dosing()).extracting(Dosing::drug).containsExactlyInAnyOrder("diazepam", "lorazepam");
        assertThat(plan.steps().get(1).dosing()).extracting(Dosing::drug).containsOnly("diazepam");
    }

    @Test
    @DisplayName("warns that equal 1 mg cuts become large late in the taper (1 mg of 2 mg is half the dose)")
    void warnsAboutLateSteps() {
        assertThat(plan.warnings()).anyMatch(w -> w.contains("Linear"));
        assertThat(plan.complete()).isTrue();
    }
}
