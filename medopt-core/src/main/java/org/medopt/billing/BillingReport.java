package org.medopt.billing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The monthly billing report over many persons and months: one row per billable code, or one saying why none. */
public final class BillingReport {

    /** The CSV header, in column order. */
    public static final List<String> HEADER = List.of("person", "month", "code", "units", "explanation");

    private BillingReport() {
    }

    /** One report row; {@code code} is empty and {@code units} 0 when the month supports no code. */
    public record Row(String person, String month, String code, int units, String explanation) {
    }

    /** The rows for {@code months}, by month then person, in the order the rules give the codes. */
    public static List<Row> rows(BillingRules rules, List<CareManagementMonth> months) {
        if (months == null || months.stream().anyMatch(Objects::isNull)) {
            throw new InvalidCareManagementMonth("months", "Give a list of care-management months without gaps.");
        }
        List<CareManagementMonth> sorted = new ArrayList<>(months);
        sorted.sort(Comparator.comparing(CareManagementMonth::month).thenComparing(CareManagementMonth::person));
        List<Row> rows = new ArrayList<>();
        for (CareManagementMonth month : sorted) {
            BillingDecision decision = rules.codesFor(month);
            String person = month.person();
            String when = month.month().toString();
            if (decision.billable()) {
                for (BillableCode code : decision.codes()) {
                    rows.add(new Row(person, when, code.code(), code.units(), code.explanation()));
                }
            } else {
                rows.add(new Row(person, when, "", 0, String.join(" | ", decision.reasons())));
            }
        }
        return rows;
    }

    /** {@code rows} as RFC 4180 CSV with a header line, lines ending CRLF. */
    public static String csv(List<Row> rows) {
        StringBuilder out = new StringBuilder(line(HEADER));
        for (Row row : rows) {
            out.append(line(List.of(row.person(), row.month(), row.code(), String.valueOf(row.units()),
                    row.explanation())));
        }
        return out.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(BillingReport::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /**
     * One cell: text a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading
     * apostrophe; a cell with a comma, quote or line break is quoted, its quotes doubled.
     */
    static String cell(String value) {
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
