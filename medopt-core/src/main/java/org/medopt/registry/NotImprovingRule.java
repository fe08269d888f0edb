package org.medopt.registry;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.measurement.Change;
import org.medopt.measurement.Instrument;

/**
 * The cited rule for when a person in collaborative care is not improving.
 *
 * <p>When: the person has a baseline score of at least {@code appliesFromBaseline} and has been in treatment for
 * {@code fromWeek} whole weeks or more. Then: unless the latest score is below {@code improvedBelow} or is a response
 * by the instrument's cited change rule (a drop of at least {@code improvedDropPercent}, checked on loading to be the
 * same percentage), the person is not improving and should be brought to psychiatric case review. Improvement counts
 * whenever it shows, before that week too.
 *
 * @param instrument the instrument whose scores the rule reads (PHQ-9)
 * @param text the rule in words
 * @param action what the sources say to do about a person who is not improving
 * @param sources every source of the rule's numbers and action, none unverified
 * @param note how the sources differ, or what the rule leaves out
 */
public record NotImprovingRule(String id, Instrument instrument, String text, int appliesFromBaseline, int fromWeek,
        int improvedBelow, int improvedDropPercent, String action, List<KnowledgeSource> sources, String note) {

    public NotImprovingRule {
        sources = List.copyOf(sources);
    }

    /** Whole weeks from {@code episodeStart} to {@code day}; none before the start. */
    public static long weeksInTreatment(LocalDate episodeStart, LocalDate day) {
        return Math.max(0, Math.floorDiv(ChronoUnit.DAYS.between(episodeStart, day), 7));
    }

    /**
     * Judges the person's progress on {@code day} in an episode that started {@code episodeStart}, from the baseline
     * and the latest score after it; either may be null when there is none.
     */
    public Progress judge(LocalDate episodeStart, LocalDate day, DatedScore baseline, DatedScore latest) {
        long weeks = weeksInTreatment(episodeStart, day);
        String name = instrument.name();
        if (baseline == null) {
            return progress(ProgressStatus.NO_BASELINE, weeks, null, null, null,
                    "No baseline " + name + " to compare with, so progress cannot be judged.");
        }
        Change change = latest == null ? null : Change.between(instrument, baseline.score(), latest.score());
        String from = "the baseline " + baseline.total() + " (" + baseline.completedOn() + ")";
        if (baseline.total() < appliesFromBaseline) {
            return progress(ProgressStatus.OUTSIDE_RULE, weeks, baseline, latest, change, "Rule not applied: "
                    + from + " is below " + appliesFromBaseline + ", and the rule was studied on baselines of "
                    + appliesFromBaseline + " or more.");
        }
        boolean due = weeks >= fromWeek;
        String inTreatment = weeks + (weeks == 1 ? " week" : " weeks") + " in treatment";
        if (latest == null) {
            return due
                    ? progress(ProgressStatus.NO_FOLLOW_UP, weeks, baseline, null, null, "No " + name + " since "
                            + from + " after " + inTreatment + ": complete one to judge progress.")
                    : progress(ProgressStatus.TOO_EARLY, weeks, baseline, null, null, tooEarly(inTreatment)
                            + " No " + name + " since " + from + ".");
        }
        String latestScore = "the latest " + name + " (" + latest.completedOn() + ") is " + latest.total();
        String drop = Change.describe(change.dropPercent()) + " from " + from;
        if (latest.total() < improvedBelow) {
            return progress(ProgressStatus.IMPROVING, weeks, baseline, latest, change, "Improving: " + latestScore
                    + ", below " + improvedBelow + " (" + drop + ").");
        }
        if (change.response()) {
            return progress(ProgressStatus.IMPROVING, weeks, baseline, latest, change, "Improving: " + latestScore
                    + ", " + drop + ", at least the " + improvedDropPercent + "% the rule asks.");
        }
        if (!due) {
            return progress(ProgressStatus.TOO_EARLY, weeks, baseline, latest, change, tooEarly(inTreatment) + " "
                    + Character.toUpperCase(latestScore.charAt(0)) + latestScore.substring(1) + ", " + drop + ".");
        }
        return progress(ProgressStatus.NOT_IMPROVING, weeks, baseline, latest, change, "Not improving after "
                + inTreatment + ": " + latestScore + ", not below " + improvedBelow + ", and " + drop + ", less than the "
                + improvedDropPercent + "% the rule asks. " + action);
    }

    private String tooEarly(String inTreatment) {
        return "Too early to judge: " + inTreatment + "; the rule judges from week " + fromWeek + ".";
    }

    private Progress progress(ProgressStatus status, long weeks, DatedScore baseline, DatedScore latest, Change change,
            String finding) {
        String explanation = finding + " Rule " + id + ": " + text + " (" + titles() + ")."
                + (change == null ? "" : " " + change.explanation());
        return new Progress(status, weeks, baseline, latest, change, explanation);
    }

    private String titles() {
        return sources.stream().map(KnowledgeSource::title).collect(Collectors.joining("; "));
    }
}
