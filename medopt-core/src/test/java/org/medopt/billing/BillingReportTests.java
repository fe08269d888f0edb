package org.medopt.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("shipped-data")
@DisplayName("The monthly billing report")
class BillingReportTests {

    private static final BillingRules RULES = BillingRules.load();

    @Test
    @DisplayName("lists each billable code per person and month, by month then person, and one reason row when none")
    void rows() {
        List<BillingReport.Row> rows = BillingReport.rows(RULES, List.of(
                CareManagementMonth.cocm("zoe", YearMonth.of(2026, 4), 31, false),
                CareManagementMonth.cocm("amir", YearMonth.of(2026, 4), 5, false),
                CareManagementMonth.cocm("zoe", YearMonth.of(2026, 3), 86, true)));
        assertThat(rows).extracting(r -> r.person() + " " + r.month() + " " + r.code() + " " + r.units())
                .containsExactly("zoe 2026-03 99492 1", "zoe 2026-03 99494 1", "amir 2026-04  0", "zoe 2026-04 99493 1");
        assertThat(rows.get(2).explanation()).startsWith("5 minutes: 99493 needs 31");
    }

    @Test
    @DisplayName("renders CSV with a header and CRLF lines, quoting explanations that hold commas")
    void csv() {
        String csv = BillingReport.csv(BillingReport.rows(RULES,
                List.of(CareManagementMonth.cocm("zoe", YearMonth.of(2026, 3), 36, true))));
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("person,month,code,units,explanation");
        assertThat(lines.get(1)).startsWith("zoe,2026-03,99492,1,\"36 care-manager minutes").endsWith("\"");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain|plain",
        "a,b|`\"a,b\"`",
        "say \"hi\"|`\"say \"\"hi\"\"\"`",
        "two\\nlines|`\"two\\nlines\"`",
        "=HYPERLINK(1)|'=HYPERLINK(1)",
        "@sum|'@sum",
        "-1,2|`\"'-1,2\"`"})
    @DisplayName("escapes a cell: quotes for commas, quotes and line breaks; an apostrophe before formula starts")
    void escapesCells(String value, String expected) {
        assertThat(BillingReport.cell(value.replace("\\n", "\n"))).isEqualTo(expected.replace("\\n", "\n"));
    }

    @Test
    @DisplayName("refuses a list with a missing month")
    void nullInList() {
        assertThatThrownBy(() -> BillingReport.rows(RULES, Arrays.asList((CareManagementMonth) null)))
                .isInstanceOf(InvalidCareManagementMonth.class);
    }
}
