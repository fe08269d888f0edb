package org.medopt.taper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A withdrawal check-in")
class WithdrawalCheckInTests {

    private static final LocalDate DAY = LocalDate.parse("2026-12-01");

    private static WithdrawalCheckIn rating(int rating, int howHard) {
        return new WithdrawalCheckIn(DAY, Map.of("dizziness", rating), null, howHard, false, PersonRequest.NONE);
    }

    @ParameterizedTest(name = "rating {0}")
    @ValueSource(ints = {-1, 4})
    @DisplayName("refuses a rating outside 0 (none) to 3 (severe)")
    void ratingOutOfScale(int rating) {
        assertThatThrownBy(() -> rating(rating, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dizziness");
    }

    @ParameterizedTest(name = "how hard {0}")
    @ValueSource(ints = {-1, 11})
    @DisplayName("refuses a 'how hard' answer outside 0 to 10")
    void howHardOutOfScale(int howHard) {
        assertThatThrownBy(() -> rating(1, howHard)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("how hard");
    }

    @Test
    @DisplayName("accepts the ends of both scales and keeps no free text as empty text")
    void endsOfScales() {
        assertThat(rating(0, 0).freeText()).isEmpty();
        assertThat(rating(3, 10).highestRating()).isEqualTo(3);
    }

    @Test
    @DisplayName("adds its ratings up to the symptom total")
    void total() {
        var checkIn = new WithdrawalCheckIn(DAY, Map.of("dizziness", 2, "nausea", 1), "ringing ears", 4, false,
                PersonRequest.NONE);
        assertThat(checkIn.total()).isEqualTo(3);
        assertThat(checkIn.freeText()).isEqualTo("ringing ears");
    }
}
