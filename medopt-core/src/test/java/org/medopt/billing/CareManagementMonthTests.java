package org.medopt.billing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A care-management month is refused, naming the field, when")
class CareManagementMonthTests {

    private static final YearMonth FEB = YearMonth.of(2026, 2);

    @Test
    @DisplayName("care-manager minutes are negative")
    void negativeMinutes() {
        assertThatThrownBy(() -> CareManagementMonth.cocm("p", FEB, -1, true))
                .isInstanceOf(InvalidCareManagementMonth.class).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative").extracting("field").isEqualTo("careManagerMinutes");
    }

    @Test
    @DisplayName("general BHI minutes are negative")
    void negativeBhi() {
        assertThatThrownBy(() -> new CareManagementMonth("p", FEB, 0, false, OptionalInt.of(-5), false))
                .extracting("field").isEqualTo("generalBhiMinutes");
    }

    @Test
    @DisplayName("the minutes exceed the minutes in the month (28 days of February 2026 are 40320)")
    void tooManyMinutes() {
        assertThatThrownBy(() -> CareManagementMonth.cocm("p", FEB, 40_321, true))
                .hasMessageContaining("40320").extracting("field").isEqualTo("careManagerMinutes");
    }

    @Test
    @DisplayName("the month is missing")
    void nullMonth() {
        assertThatThrownBy(() -> CareManagementMonth.cocm("p", null, 10, true)).extracting("field").isEqualTo("month");
    }

    @Test
    @DisplayName("the person is missing or blank")
    void blankPerson() {
        assertThatThrownBy(() -> CareManagementMonth.cocm(" ", FEB, 10, true)).extracting("field").isEqualTo("person");
    }

    @Test
    @DisplayName("general BHI minutes are null rather than empty")
    void nullBhi() {
        assertThatThrownBy(() -> new CareManagementMonth("p", FEB, 0, false, null, false))
                .extracting("field").isEqualTo("generalBhiMinutes");
    }
}
