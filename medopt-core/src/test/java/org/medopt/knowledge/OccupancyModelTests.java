package org.medopt.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The Michaelis–Menten curve of Sørensen, Ruhé &amp; Munkholm (Mol Psychiatry 2022) with citalopram's striatal fit
 * (Emax 83.98%, ED50 2.33 mg); expected values are the worked example of CLINICAL_REFERENCES section 1.
 */
@DisplayName("A dose–occupancy curve (citalopram, Emax 83.98%, ED50 2.33 mg)")
class OccupancyModelTests {

    private static final OccupancyModel CITALOPRAM = new OccupancyModel(OccupancyTarget.SEROTONIN_TRANSPORTER,
            new BigDecimal("83.98"), new BigDecimal("2.33"));

    @ParameterizedTest(name = "{0} mg a day → {1}%")
    @CsvSource({"40, 79.4", "20, 75.2", "10, 68.1", "5, 57.3", "2.5, 43.5", "1, 25.2"})
    @DisplayName("estimates occupancy as Emax·dose / (ED50 + dose)")
    void occupancy(double milligrams, double percent) {
        assertThat(CITALOPRAM.occupancyPercent(milligrams)).isCloseTo(percent, within(0.05));
    }

    @ParameterizedTest(name = "{0}% → {1} mg a day")
    @CsvSource({"65, 8.0", "55, 4.4", "45, 2.7", "35, 1.7", "25, 1.0"})
    @DisplayName("gives the dose for an occupancy as ED50·occ / (Emax − occ)")
    void dose(double percent, double milligrams) {
        assertThat(CITALOPRAM.milligramsFor(percent)).isCloseTo(milligrams, within(0.05));
    }

    @Test
    @DisplayName("gives no dose below zero occupancy and none at or above Emax, which the curve never reaches")
    void edges() {
        assertThat(CITALOPRAM.milligramsFor(-1)).isZero();
        assertThat(CITALOPRAM.occupancyPercent(0)).isZero();
        assertThat(CITALOPRAM.milligramsFor(83.98)).isInfinite();
    }
}
