package org.medopt.taper;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What the person recorded at one withdrawal check-in during a taper.
 *
 * @param ratings checklist item id to severity, 0 (none) to 3 (severe); an item left out was not rated
 * @param freeText anything else, in the person's own words ("something else"); never null
 * @param howHard the person's answer to "how hard is this", 0 to 10
 * @param intolerable whether the person answered yes to "is this intolerable"; never inferred from the numbers
 */
public record WithdrawalCheckIn(LocalDate date, Map<String, Integer> ratings, String freeText, int howHard,
        boolean intolerable, PersonRequest request) {

    /** The top of the 0-3 severity scale (severe). */
    public static final int HIGHEST_RATING = 3;
    /** The top of the 0-10 "how hard is this" scale. */
    public static final int HIGHEST_HOW_HARD = 10;

    public WithdrawalCheckIn {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(request, "request");
        ratings = Map.copyOf(ratings);
        ratings.forEach((item, rating) -> {
            if (item.isBlank() || rating < 0 || rating > HIGHEST_RATING) {
                throw new IllegalArgumentException("rating of '" + item + "' must be 0 to " + HIGHEST_RATING
                        + ", was " + rating);
            }
        });
        if (howHard < 0 || howHard > HIGHEST_HOW_HARD) {
            throw new IllegalArgumentException("how hard must be 0 to " + HIGHEST_HOW_HARD + ", was " + howHard);
        }
        freeText = freeText == null ? "" : freeText;
    }

    /** The sum of all ratings, the "symptom total" the rising rule follows. */
    public int total() {
        return ratings.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The highest rating given, 0 when nothing was rated. */
    public int highestRating() {
        return ratings.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
