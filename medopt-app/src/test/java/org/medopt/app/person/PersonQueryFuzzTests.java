package org.medopt.app.person;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;

/** Seeds: src/test/resources/org/medopt/app/person/PersonQueryFuzzTestsInputs (docs/fuzzing.md). */
@DisplayName("Fuzzing the caseload search")
class PersonQueryFuzzTests {

    @FuzzTest
    @DisplayName("any search text is a birth date, a trimmed part of a name or nothing, and reads back the same")
    void parsesAndReadsBack(byte[] input) {
        PersonQuery query = PersonQuery.parse(new String(input, StandardCharsets.UTF_8));

        if (query.birthDate() != null) {
            assertThat(query.name()).isNull();
            assertThat(PersonQuery.parse(query.birthDate().toString())).isEqualTo(query);
        } else if (query.name() != null) {
            assertThat(query.name()).isNotBlank().isEqualTo(query.name().strip());
            assertThat(PersonQuery.parse(query.name())).isEqualTo(query);
        }
    }
}
