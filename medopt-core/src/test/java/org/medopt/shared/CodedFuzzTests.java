package org.medopt.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.medopt.knowledge.DosageForm;
import org.medopt.knowledge.DrugClass;
import org.medopt.knowledge.StrengthUnit;
import org.medopt.knowledge.Verification;
import org.medopt.medication.DoseUnit;
import org.medopt.medication.MedicationKind;
import org.medopt.medication.RecordSource;
import org.medopt.medication.Route;
import org.medopt.person.AgeGroup;

/** Seeds: src/test/resources/org/medopt/shared/CodedFuzzTestsInputs (docs/fuzzing.md). */
@DisplayName("Fuzzing the lookup of coded values")
class CodedFuzzTests {

    @FuzzTest
    @DisplayName("any text finds the one value whose code it is exactly, or nothing")
    void findsExactlyTheValueWithThatCode(byte[] input) {
        String code = new String(input, StandardCharsets.UTF_8);
        assertFindsExactly(AgeGroup.class, code);
        assertFindsExactly(DoseUnit.class, code);
        assertFindsExactly(MedicationKind.class, code);
        assertFindsExactly(RecordSource.class, code);
        assertFindsExactly(Route.class, code);
        assertFindsExactly(DosageForm.class, code);
        assertFindsExactly(DrugClass.class, code);
        assertFindsExactly(StrengthUnit.class, code);
        assertFindsExactly(Verification.class, code);
    }

    private static <E extends Enum<E> & Coded> void assertFindsExactly(Class<E> type, String code) {
        boolean known = Arrays.stream(type.getEnumConstants()).anyMatch(value -> value.code().equals(code));
        assertThat(Coded.find(type, code).map(Coded::code)).isEqualTo(known ? Optional.of(code) : Optional.empty());
    }
}
