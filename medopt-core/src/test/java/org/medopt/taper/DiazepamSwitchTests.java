package org.medopt.taper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medopt.taper.TaperFixture.LORAZEPAM;
import static org.medopt.taper.TaperFixture.mg;
import static org.medopt.taper.TaperFixture.plan;
import static org.medopt.taper.TaperFixture.request;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Lorazepam 1 mg ≈ diazepam 10 mg: the Ashton column of the ASAM 2025 pocket guide's Table 7. */
@DisplayName("Switching lorazepam 2 mg a day (1 mg morning, 1 mg evening) to diazepam before tapering")
class DiazepamSwitchTests {

    private final TaperPlan plan = plan(request(LORAZEPAM, "2").switchToDiazepam().method(TaperMethod.PROPORTIONAL)
            .takenAs(Administration.of("morning", "1"), Administration.of("evening", "1")));

    @Test
    @DisplayName("replaces the morning dose with diazepam 10 mg in the first week, keeping lorazepam in the evening")
    void firstWeek() {
        TaperStep week1 = plan.steps().get(0);
        assertThat(week1.limit()).isEqualTo(StepLimit.DIAZEPAM_SWITCH);
        assertThat(week1.start().until(week1.end(), ChronoUnit.DAYS) + 1).isEqualTo(7);
        assertThat(week1.dosing()).extracting(Dosing::text).containsExactly(
                "morning: diazepam 10 mg (one 10 mg tablet)", "evening: lorazepam 1 mg (one 1 mg tablet)");
        assertThat(week1.drug()).isEqualTo("lorazepam and diazepam");
    }

    @Test
    @DisplayName("takes diazepam 20 mg a day from the second week, held for a full step before the first cut")
    void fullySwitched() {
        TaperStep week2 = plan.steps().get(1);
        assertThat(week2.milligrams()).isEqualByComparingTo("20");
        assertThat(week2.dosing()).extracting(Dosing::drug).containsOnly("diazepam");
        assertThat(week2.start().until(week2.end(), ChronoUnit.DAYS) + 1).isEqualTo(28);
    }

    @Test
    @DisplayName("says the conversion is approximate and that ASAM advises switching over 1–2 weeks")
    void explains() {
        assertThat(plan.steps().get(0).explanation()).contains("lorazepam 1 mg ≈ diazepam 10 mg").contains("approximate")
                .contains("1–2 weeks rather than 1–2 days");
    }

    @Test
    @DisplayName("then tapers diazepam by the chosen method: 18 mg at 10%")
    void thenTapers() {
        TaperStep firstCut = plan.steps().get(2);
        assertThat(firstCut.drug()).isEqualTo("diazepam");
        assertThat(firstCut.milligrams()).isEqualByComparingTo("18");
        assertThat(firstCut.limit()).isEqualTo(StepLimit.PACE);
    }

    @Test
    @DisplayName("reads a chosen final dose in lorazepam mg and converts it: 0.05 mg lorazepam = 0.5 mg diazepam")
    void finalDoseConverted() {
        TaperPlan withFinal = plan(request(LORAZEPAM, "2").switchToDiazepam().method(TaperMethod.PROPORTIONAL)
                .pace(mg("50")).finalDose(mg("0.05")));
        assertThat(withFinal.finalMilligrams()).isEqualByComparingTo("0.5");
        assertThat(withFinal.complete()).isTrue();
    }
}
