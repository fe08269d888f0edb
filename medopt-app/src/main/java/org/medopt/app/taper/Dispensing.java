package org.medopt.app.taper;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.medopt.taper.Dosing;
import org.medopt.taper.TaperStep;

/**
 * What the pharmacy dispenses for one step: each product's tablets or capsules (halves rounded up to whole tablets)
 * or millilitres of liquid for all of the step's days, read from the planner's "how to take" wording.
 */
final class Dispensing {

    private static final List<String> NUMBERS = List.of("no", "one", "two", "three", "four", "five", "six");
    private static final Pattern WHOLE = Pattern.compile("(no|one|two|three|four|five|six|\\d+) (.+?)s?");
    private static final Pattern ONE_HALF = Pattern.compile("half of a (.+)");
    private static final Pattern HALVES = Pattern.compile("(\\d+) halves of (.+?)s");
    private static final Pattern LIQUID = Pattern.compile("(\\d+(?:\\.\\d+)?) mL of (.+)");

    /**
     * One product to dispense: {@code amount} whole tablets or capsules, or mL of a liquid; {@code unread} holds a
     * "how to take" part this class could not read, to be dispensed as written.
     */
    record Line(String product, BigDecimal amount, boolean liquid, String unread) {

        String text() {
            if (unread != null) {
                return "as written: " + unread;
            }
            return liquid ? amount.stripTrailingZeros().toPlainString() + " mL of " + product
                    : amount.toPlainString() + " × " + product;
        }
    }

    private Dispensing() {
    }

    static long days(TaperStep step) {
        return ChronoUnit.DAYS.between(step.start(), step.end()) + 1;
    }

    /** The products for all of the step's days; empty for the stop. */
    static List<Line> forStep(TaperStep step) {
        long days = days(step);
        Map<String, long[]> pieces = new LinkedHashMap<>();
        Map<String, BigDecimal> millilitres = new LinkedHashMap<>();
        List<Line> unread = new java.util.ArrayList<>();
        for (Dosing dosing : step.dosing()) {
            for (String part : dosing.howToTake().split(" \\+ ")) {
                Matcher m;
                if (part.equals("none")) {
                    continue;
                } else if ((m = LIQUID.matcher(part)).matches()) {
                    millilitres.merge(m.group(2), new BigDecimal(m.group(1)), BigDecimal::add);
                } else if ((m = ONE_HALF.matcher(part)).matches()) {
                    pieces.computeIfAbsent(m.group(1), k -> new long[2])[1] += 1;
                } else if ((m = HALVES.matcher(part)).matches()) {
                    pieces.computeIfAbsent(m.group(2), k -> new long[2])[1] += Long.parseLong(m.group(1));
                } else if ((m = WHOLE.matcher(part)).matches()) {
                    pieces.computeIfAbsent(m.group(2), k -> new long[2])[0] += count(m.group(1));
                } else {
                    unread.add(new Line(null, null, false, dosing.time() + ": " + part));
                }
            }
        }
        List<Line> lines = new java.util.ArrayList<>();
        pieces.forEach((product, perDay) -> lines.add(new Line(product,
                BigDecimal.valueOf(perDay[0] * days + (perDay[1] * days + 1) / 2), false, null)));
        millilitres.forEach((product, perDay) -> lines.add(new Line(product,
                perDay.multiply(BigDecimal.valueOf(days)), true, null)));
        lines.addAll(unread);
        return lines;
    }

    private static long count(String word) {
        int at = NUMBERS.indexOf(word);
        return at >= 0 ? at : Long.parseLong(word);
    }
}
