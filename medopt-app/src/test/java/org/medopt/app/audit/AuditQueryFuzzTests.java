package org.medopt.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;

/** Seeds: src/test/resources/org/medopt/app/audit/AuditQueryFuzzTestsInputs (docs/fuzzing.md). */
@DisplayName("Fuzzing the audit report filters")
class AuditQueryFuzzTests {

    @FuzzTest
    @DisplayName("any bound report filters are normalised once and for all: blank is no filter, the page is never negative")
    void normalisesFilters(FuzzedDataProvider data) {
        AuditQuery query = new AuditQuery(text(data), data.consumeBoolean() ? data.consumeLong() : null, text(data),
                text(data), date(data), date(data), data.consumeBoolean() ? data.consumeBoolean() : null,
                data.consumeBoolean() ? data.consumeInt() : null);

        assertThat(query.username()).satisfiesAnyOf(
                name -> assertThat(name).isNull(), name -> assertThat(name).isNotBlank().isEqualTo(name.strip()));
        assertThat(query.action()).satisfiesAnyOf(action -> assertThat(action).isNull(),
                action -> assertThat(action).isNotBlank());
        assertThat(query.outcome()).satisfiesAnyOf(outcome -> assertThat(outcome).isNull(),
                outcome -> assertThat(outcome).isNotBlank());
        assertThat(query.oldestFirst()).isNotNull();
        assertThat(query.page()).isNotNull().isNotNegative();
        assertThat(new AuditQuery(query.username(), query.personId(), query.action(), query.outcome(), query.from(),
                query.to(), query.oldestFirst(), query.page())).isEqualTo(query);
    }

    private static String text(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.consumeString(100) : null;
    }

    private static LocalDate date(FuzzedDataProvider data) {
        return data.consumeBoolean() ? LocalDate.ofEpochDay(data.consumeLong(-365_000, 365_000)) : null;
    }
}
