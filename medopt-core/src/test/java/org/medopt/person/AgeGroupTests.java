package org.medopt.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Age group")
class AgeGroupTests {

    @DisplayName("follows the boundaries child < 12, adolescent 12-17, adult 18-64, older adult 65+")
    @ParameterizedTest(name = "age {0} is {1}")
    @CsvSource({
        "0, CHILD", "11, CHILD", "12, ADOLESCENT", "17, ADOLESCENT",
        "18, ADULT", "64, ADULT", "65, OLDER_ADULT", "101, OLDER_ADULT"
    })
    void followsTheIssueBoundaries(int age, AgeGroup expected) {
        assertThat(AgeGroup.ofAge(age)).isEqualTo(expected);
    }

    @Test
    @DisplayName("counts completed years: the day before the 12th birthday is still a child")
    void countsCompletedYears() {
        LocalDate born = LocalDate.of(2014, 11, 24);
        assertThat(AgeGroup.of(born, LocalDate.of(2026, 11, 23))).isEqualTo(AgeGroup.CHILD);
        assertThat(AgeGroup.of(born, LocalDate.of(2026, 11, 24))).isEqualTo(AgeGroup.ADOLESCENT);
    }

    @Test
    @DisplayName("a person born on 29 February turns 65 on 1 March in a common year")
    void leapDayBirthday() {
        LocalDate born = LocalDate.of(1960, 2, 29);
        assertThat(AgeGroup.of(born, LocalDate.of(2025, 2, 28))).isEqualTo(AgeGroup.ADULT);
        assertThat(AgeGroup.of(born, LocalDate.of(2025, 3, 1))).isEqualTo(AgeGroup.OLDER_ADULT);
    }

    @Test
    @DisplayName("refuses a birth date after the day of reckoning")
    void refusesFutureBirthDate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AgeGroup.of(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 11, 23)))
                .withMessageContaining("after");
    }
}
