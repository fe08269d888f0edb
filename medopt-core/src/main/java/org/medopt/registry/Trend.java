package org.medopt.registry;

import org.medopt.measurement.Change;

/**
 * One instrument's scores in a care episode: the newest, the baseline, and how far the newest fell from it.
 *
 * @param newest the newest score, whether or not there is a baseline; null when there is none
 * @param baseline the baseline score; null when there is none
 * @param dropPercent how far the newest score after the baseline fell from it, as {@link Change#dropPercent}; null
 *     without both
 * @param change the same judged by the instrument's cited change rules (response, remission); null without both or
 *     without such rules
 */
public record Trend(DatedScore newest, DatedScore baseline, Integer dropPercent, Change change) {

    /** The change in words ("down 30%"), or empty text when there is none. */
    public String drop() {
        return dropPercent == null ? "" : Change.describe(dropPercent);
    }

    /** The change from the baseline in words ("down 30% from 14"), or empty text when there is none. */
    public String described() {
        return dropPercent == null ? "" : drop() + " from " + baseline.total();
    }
}
