package org.medopt.app.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Results grouped by test")
class HealthContextTests {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);
    private long ids;

    @Test
    @DisplayName("each test shows its newest standing result, with the earlier ones and any entered in error behind it")
    void latestStandingResultFirst() {
        HealthObservation wrong = result("14334-7", "7.0", LocalDate.of(2026, 11, 1), false);
        HealthObservation latest = result("14334-7", "0.7", LocalDate.of(2026, 10, 1), true);
        HealthObservation tsh = result("3016-3", "2.4", LocalDate.of(2026, 9, 1), true);
        HealthObservation older = result("14334-7", "0.6", LocalDate.of(2026, 6, 1), true);

        List<TestResults> tests = new HealthContext(ClinicalStatus.NOT_RECORDED, List.of(), List.of(),
                List.of(wrong, latest, tsh, older)).resultsByTest();

        assertThat(tests).extracting(TestResults::code).containsExactly("14334-7", "3016-3");
        assertThat(tests.get(0).latest()).isEqualTo(latest);
        assertThat(tests.get(0).earlier()).containsExactly(wrong, older);
        assertThat(tests.get(1).earlier()).isEmpty();
    }

    @Test
    @DisplayName("the value reads with its unit and without trailing zeros; how long ago, in the largest whole unit")
    void readsAsWritten() {
        HealthObservation lithium = result("14334-7", "0.70", LocalDate.of(2026, 6, 20), true);

        assertThat(lithium.valueText()).isEqualTo("0.7 mmol/L");
        assertThat(lithium.age(LocalDate.of(2026, 11, 23))).isEqualTo("5 months ago");
        assertThat(lithium.age(LocalDate.of(2026, 7, 1))).isEqualTo("11 days ago");
        assertThat(lithium.age(LocalDate.of(2026, 7, 10))).isEqualTo("2 weeks ago");
    }

    private HealthObservation result(String code, String value, LocalDate taken, boolean standing) {
        return new HealthObservation(++ids, 1, code, "test " + code, new BigDecimal(value), "mmol/L", taken,
                standing ? ObservationStatus.FINAL : ObservationStatus.ENTERED_IN_ERROR, NOW, "prescriber",
                standing ? null : NOW, standing ? null : "prescriber", standing ? null : "misread");
    }
}
