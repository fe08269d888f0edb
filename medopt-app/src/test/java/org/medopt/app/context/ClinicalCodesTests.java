package org.medopt.app.context;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Shapes of clinical codes")
class ClinicalCodesTests {

    @ParameterizedTest
    @ValueSource(strings = {"G40.909", "F31.9", "F03.90", "E11.9", "O09.90", "Z33.1", "f31.9", " I10 "})
    @DisplayName("ICD-10-CM codes are accepted, in any case and with surrounding space")
    void icd10cm(String code) {
        assertThat(ClinicalCodes.problemWith(CodeSystem.ICD_10_CM, code)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"G40909", "31.9", "F3", "G40.90999", "F31-9"})
    @DisplayName("text that cannot be an ICD-10-CM code is refused")
    void notIcd10cm(String code) {
        assertThat(ClinicalCodes.problemWith(CodeSystem.ICD_10_CM, code)).contains("ICD-10-CM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"84757009", "13746004", "58214004", "52448006", "73211009", "38341003", "77386006"})
    @DisplayName("SNOMED CT identifiers with a right Verhoeff check digit are accepted (epilepsy, bipolar disorder, "
            + "schizophrenia, dementia, diabetes mellitus, hypertensive disorder, pregnant)")
    void snomed(String code) {
        assertThat(ClinicalCodes.problemWith(CodeSystem.SNOMED_CT, code)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"84757008", "84575009", "13746040"})
    @DisplayName("a SNOMED CT identifier with a changed or swapped digit is refused for its check digit")
    void snomedTypo(String code) {
        assertThat(ClinicalCodes.problemWith(CodeSystem.SNOMED_CT, code)).contains("check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2345-7", "14334-7", "3016-3", "751-8", "4548-4", "2093-3", "2571-8", "29463-7", "2160-0"})
    @DisplayName("LOINC codes with their right mod-10 check digit are accepted")
    void loinc(String code) {
        assertThat(ClinicalCodes.loincProblem(code)).isNull();
    }

    @Test
    @DisplayName("LOINC's own worked example: the check digit of 12345 is 5")
    void loincWorkedExample() {
        assertThat(ClinicalCodes.loincCheckDigit("12345")).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2345-8", "14343-7", "2345", "2345-77", "A2345-7"})
    @DisplayName("a LOINC code with a wrong check digit or shape is refused")
    void notLoinc(String code) {
        assertThat(ClinicalCodes.loincProblem(code)).isNotNull();
    }
}
