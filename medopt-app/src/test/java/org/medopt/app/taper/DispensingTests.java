package org.medopt.app.taper;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medopt.taper.Dosing;
import org.medopt.taper.StepLimit;
import org.medopt.taper.TaperStep;

@DisplayName("What the pharmacy dispenses for a step")
class DispensingTests {

    @ParameterizedTest(name = "{0} for {1} days: {2}")
    @CsvSource(delimiter = '|', value = {
        "one 20 mg tablet                                    | 28 | 28 × 20 mg tablet",
        "two 10 mg tablets                                   | 14 | 28 × 10 mg tablet",
        "half of a 5 mg tablet                               | 7  | 4 × 5 mg tablet",
        "3 halves of 5 mg tablets                            | 7  | 11 × 5 mg tablet",
        "one 10 mg tablet + half of a 10 mg tablet           | 14 | 21 × 10 mg tablet",
        "one 10 mg tablet + 1.3 mL of 2 mg/mL oral solution  | 28 | 28 × 10 mg tablet; 36.4 mL of 2 mg/mL oral solution",
        "2.5 mL of 0.5 mg/mL compounded oral liquid          | 14 | 35 mL of 0.5 mg/mL compounded oral liquid",
        "one 150 mg extended-release capsule                 | 7  | 7 × 150 mg extended-release capsule",
        "a spoonful of something                             | 7  | as written: morning: a spoonful of something"})
    @DisplayName("counts whole pieces, rounds halves up to whole tablets and adds up millilitres over the step's days")
    void dispenses(String howToTake, int days, String expected) {
        LocalDate start = LocalDate.of(2027, 1, 4);
        TaperStep step = new TaperStep(1, start, start.plusDays(days - 1), "drug", BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO, List.of(new Dosing("morning", "drug", BigDecimal.ONE, howToTake)), null, StepLimit.PACE,
                "", List.of());
        assertThat(Dispensing.forStep(step).stream().map(Dispensing.Line::text).toList())
                .containsExactly(expected.split("; "));
    }
}
