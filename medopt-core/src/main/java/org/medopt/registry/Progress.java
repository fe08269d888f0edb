package org.medopt.registry;

import org.medopt.measurement.Change;

/**
 * A person's progress in a care episode as the not-improving rule judges it.
 *
 * @param weeksInTreatment whole weeks from the episode's start to the day judged
 * @param baseline the baseline score; null when there is none
 * @param latest the newest score after the baseline; null when there is none
 * @param change the latest score judged against the baseline by the instrument's cited change rules (response,
 *     remission); null without both scores
 * @param explanation the judgement in words, naming the rule and its sources
 */
public record Progress(ProgressStatus status, long weeksInTreatment, DatedScore baseline, DatedScore latest,
        Change change, String explanation) {

    public boolean notImproving() {
        return status == ProgressStatus.NOT_IMPROVING;
    }
}
