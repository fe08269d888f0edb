package org.medopt.app.taper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Text and numbers as the dose chart and the taper PDFs write them: escaped, plain, and in English dates. */
final class ChartText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ChartText() {
    }

    /** {@code text} safe inside XML text and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** "4 Jan 2027". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "12.5 mg", never "1.25E+1 mg". */
    static String mg(BigDecimal milligrams) {
        return milligrams.stripTrailingZeros().toPlainString() + " mg";
    }

    /** A coordinate to one decimal, with a point whatever the locale. */
    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
