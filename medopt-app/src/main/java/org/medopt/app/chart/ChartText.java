package org.medopt.app.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Text and numbers as the charts and the taper PDFs write them: escaped, plain, and in English dates. */
public final class ChartText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ChartText() {
    }

    /** {@code text} safe inside XML text and attribute values. */
    public static String escape(String text) {
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
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "12.5 mg", never "1.25E+1 mg". */
    public static String mg(BigDecimal milligrams) {
        return milligrams.stripTrailingZeros().toPlainString() + " mg";
    }

    /** A coordinate to one decimal, with a point whatever the locale. */
    public static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** {@code text} in lines of at most {@code max} characters, broken between words (a longer word stands alone). */
    public static List<String> wrapped(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
