package org.medopt.measurement;

import java.util.List;
import java.util.stream.Collectors;
import org.medopt.knowledge.KnowledgeSource;

/**
 * A follow-up total judged against the baseline by the instrument's cited change rules.
 *
 * @param dropPercent how far the total fell, as a whole percentage of the baseline rounded down; negative when it rose
 * @param response the total fell by at least the rules' percentage
 * @param remission the follow-up total is below the rules' remission threshold
 * @param explanation both judgements in words, each with the source of its rule
 */
public record Change(int baseline, int followUp, int dropPercent, boolean response, boolean remission,
        String explanation) {

    /** Judges {@code followUp} against {@code baseline}, both scores of {@code instrument}. */
    public static Change between(Instrument instrument, Score baseline, Score followUp) {
        for (Score score : List.of(baseline, followUp)) {
            if (!score.instrumentId().equals(instrument.id()) || score.total().isEmpty()) {
                throw new IllegalArgumentException("a " + score.instrumentId() + " score cannot be judged as " + instrument.id());
            }
        }
        return between(instrument, baseline.total().getAsInt(), followUp.total().getAsInt());
    }

    /** Judges a follow-up total against a baseline total, both totals of {@code instrument}. */
    public static Change between(Instrument instrument, int before, int after) {
        ChangeRules rules = instrument.changeRules().orElseThrow(() -> new IllegalArgumentException(
                instrument.name() + " has no cited rules for response or remission"));
        int drop = before - after;
        // Integer arithmetic so that exactly the rule's percentage counts: 20 to 10 is a 50% drop, not 49.99...
        boolean response = before > 0 && drop * 100 >= rules.responseDropPercent() * before;
        boolean remission = after < rules.remissionBelow();
        int dropPercent = before == 0 ? 0 : Math.floorDiv(drop * 100, before);
        String explanation = instrument.name() + " went from " + before + " to " + after + " (" + describe(dropPercent) + "). "
                + (response ? "Response" : "No response") + ": the rule is a drop of at least "
                + rules.responseDropPercent() + "% from baseline (" + titles(rules.responseSources()) + "). "
                + (remission ? "Remission" : "Not in remission") + ": the rule is a score below "
                + rules.remissionBelow() + " (" + titles(rules.remissionSources()) + ").";
        return new Change(before, after, dropPercent, response, remission, explanation);
    }

    private static String describe(int dropPercent) {
        return dropPercent >= 0 ? "down " + dropPercent + "%" : "up " + -dropPercent + "%";
    }

    private static String titles(List<KnowledgeSource> sources) {
        return sources.stream().map(KnowledgeSource::title).collect(Collectors.joining("; "));
    }
}
