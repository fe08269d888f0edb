package org.medopt.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medopt.knowledge.StrengthUnit;
import org.medopt.medication.DoseUnit;

@DisplayName("The daily dose worked out from a dose and a typed frequency")
class DailyDoseTests {

    @DisplayName("multiplies the dose by the doses a day the frequency states")
    @ParameterizedTest(name = "50 mg \"{0}\" is {1} mg a day")
    @CsvSource(delimiter = '|', value = {
        "once daily | 50",
        "Once Daily | 50",
        "daily | 50",
        "once daily in the morning | 50",
        "at bedtime | 50",
        "every night at bedtime | 50",
        "twice daily | 100",
        "twice a day | 100",
        "BID | 100",
        "three times a day | 150",
        "3 times daily | 150",
        "four times a day | 200",
        "every 6 hours | 200",
        "every 8 hours | 150",
        "q12h | 100",
        "every 4-6 hours | 300",
        "as needed for anxiety, up to 3 times a day | 150",
        "1-2 times a day | 100",
        "twice daily as needed for joint pain | 100",
        "at bedtime as needed for sleep | 50"})
    void multipliesByDosesPerDay(String frequency, int expectedMg) {
        assertThat(DailyDose.from(BigDecimal.valueOf(50), DoseUnit.MG, frequency))
                .contains(new DailyDose(BigDecimal.valueOf(expectedMg), StrengthUnit.MG));
    }

    @DisplayName("does not guess when the frequency does not say how many doses a day")
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"as needed", "PRN", "as needed for sleep", "every other day", "once a week",
        "every 5 hours", "with meals", "", "   "})
    void emptyWhenCountUnknown(String frequency) {
        assertThat(DailyDose.from(BigDecimal.TEN, DoseUnit.MG, frequency)).isEmpty();
    }

    @Test
    @DisplayName("does not guess without a frequency")
    void emptyWithoutFrequency() {
        assertThat(DailyDose.from(BigDecimal.TEN, DoseUnit.MG, null)).isEmpty();
    }

    @Test
    @DisplayName("keeps micrograms and converts grams to milligrams")
    void convertsMassUnits() {
        assertThat(DailyDose.from(BigDecimal.valueOf(100), DoseUnit.MCG, "once daily"))
                .contains(new DailyDose(BigDecimal.valueOf(100), StrengthUnit.MCG));
        assertThat(DailyDose.from(new BigDecimal("1.5"), DoseUnit.G, "twice daily"))
                .contains(new DailyDose(BigDecimal.valueOf(3000), StrengthUnit.MG));
    }

    @DisplayName("cannot tell a dose in tablets, mL or units without the product strength")
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"TABLET", "CAPSULE", "ML", "DROP", "PATCH", "UNIT"})
    void emptyForCountUnits(DoseUnit unit) {
        assertThat(DailyDose.from(BigDecimal.ONE, unit, "once daily")).isEmpty();
    }

    @Test
    @DisplayName("refuses a missing or non-positive dose")
    void refusesNonPositiveDose() {
        assertThat(DailyDose.from(BigDecimal.ZERO, DoseUnit.MG, "once daily")).isEmpty();
        assertThat(DailyDose.from(null, DoseUnit.MG, "once daily")).isEmpty();
    }

    @Test
    @DisplayName("compares micrograms with milligrams")
    void milligrams() {
        assertThat(new DailyDose(BigDecimal.valueOf(250), StrengthUnit.MCG).milligrams()).isEqualByComparingTo("0.25");
    }
}
