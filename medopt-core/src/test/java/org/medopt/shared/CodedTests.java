package org.medopt.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.medication.DoseUnit;
import org.medopt.medication.MedicationKind;

@DisplayName("Coded values")
class CodedTests {

    @Test
    @DisplayName("are found by their code, which is case sensitive")
    void foundByCode() {
        assertThat(Coded.find(DoseUnit.class, "mL")).contains(DoseUnit.ML);
        assertThat(Coded.find(DoseUnit.class, "ml")).isEmpty();
    }

    @Test
    @DisplayName("an unknown code fails naming every allowed code")
    void unknownCodeNamesAllowedCodes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Coded.of(MedicationKind.class, "vitamin"))
                .withMessage("unknown code 'vitamin'; expected one of prescription, over-the-counter, herbal, supplement");
    }
}
