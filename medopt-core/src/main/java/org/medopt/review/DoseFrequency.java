package org.medopt.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how many doses a day a free-text frequency allows, as staff write it. Knows a small, explicit set of phrasings
 * and answers nothing for the rest: a wrong count would give a wrong dose check, no count gives none.
 */
final class DoseFrequency {

    private static final String NUMBER = "(\\d+|one|two|three|four|five|six)";
    private static final String PER_DAY = "(?:a day|daily|per day|each day|every day|/ ?day|in 24 hours)";
    private static final Map<String, Integer> WORDS = Map.of(
            "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6);
    private static final Pattern AS_NEEDED = Pattern.compile("\\b(as needed|as required|when needed|if needed|prn)\\b");
    private static final Pattern TIMES_A_DAY = Pattern.compile(
            "\\b(?:" + NUMBER + "\\s*(?:-|to|or)\\s*)?" + NUMBER + "\\s*(?:times|x)\\s*" + PER_DAY);
    private static final Pattern EVERY_HOURS = Pattern.compile(
            "\\b(?:every|q)\\s*(?:" + NUMBER + "\\s*(?:-|to)\\s*)?" + NUMBER + "\\s*(?:hours|hour|hrs|hr|h)\\b");
    private static final List<Map.Entry<Pattern, Integer>> NAMED = List.of(
            Map.entry(Pattern.compile("\\b(four times " + PER_DAY + "|qid|q\\.i\\.d\\.)"), 4),
            Map.entry(Pattern.compile("\\b(three times " + PER_DAY + "|thrice " + PER_DAY + "|tid|t\\.i\\.d\\.)"), 3),
            Map.entry(Pattern.compile("\\b(twice " + PER_DAY + "|two times " + PER_DAY + "|bid|b\\.i\\.d\\.)"), 2),
            Map.entry(Pattern.compile("\\b(once " + PER_DAY + "|once|daily|every day|qd|od|"
                    + "at bedtime|at night|nightly|qhs|in the morning|every morning|every evening|in the evening)\\b"), 1));

    private DoseFrequency() {
    }

    /** Doses a day, at most; empty when the text does not say, or says "as needed" without an upper count. */
    static Optional<BigDecimal> dosesPerDay(String frequency) {
        if (frequency == null || frequency.isBlank()) {
            return Optional.empty();
        }
        String text = frequency.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (text.contains("every other day") || text.contains("week") || text.contains("month")) {
            return Optional.empty();
        }
        Matcher times = TIMES_A_DAY.matcher(text);
        if (times.find()) {
            return Optional.of(BigDecimal.valueOf(number(times.group(2))));
        }
        Matcher hours = EVERY_HOURS.matcher(text);
        if (hours.find()) {
            return everyHours(number(hours.group(1) != null ? hours.group(1) : hours.group(2)));
        }
        if (AS_NEEDED.matcher(text).find() && !text.matches(".*\\b(once|twice|three times|four times|at bedtime|"
                + "at night|nightly|qhs|bid|tid|qid)\\b.*")) {
            return Optional.empty();
        }
        return NAMED.stream().filter(e -> e.getKey().matcher(text).find()).findFirst()
                .map(e -> BigDecimal.valueOf(e.getValue()));
    }

    /** Every n hours round the clock; for a range ("every 4-6 hours") the shorter interval, the most doses. */
    private static Optional<BigDecimal> everyHours(int hours) {
        if (hours <= 0 || hours > 24 || 24 % hours != 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(24 / hours));
    }

    private static int number(String text) {
        Integer word = WORDS.get(text);
        return word != null ? word : Integer.parseInt(text);
    }
}
