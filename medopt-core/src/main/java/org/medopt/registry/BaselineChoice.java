package org.medopt.registry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.medopt.knowledge.KnowledgeSource;

/**
 * Which score is a person's baseline in a care episode, and which is their latest.
 *
 * @param daysAround how many days before or after the episode's start a score may be completed and still be its
 *     baseline
 * @param text the choice in words, as the registry shows it
 */
public record BaselineChoice(int daysAround, String text, List<KnowledgeSource> sources, String note) {

    public BaselineChoice {
        sources = List.copyOf(sources);
    }

    /** The first of {@code scores} completed within {@link #daysAround} days of {@code episodeStart}. */
    public Optional<DatedScore> baseline(List<DatedScore> scores, LocalDate episodeStart) {
        return oldestFirst(scores).stream()
                .filter(s -> !s.completedOn().isBefore(episodeStart.minusDays(daysAround))
                        && !s.completedOn().isAfter(episodeStart.plusDays(daysAround)))
                .findFirst();
    }

    /** The newest of {@code scores} completed after {@code baseline}; on the baseline's day, one listed after it. */
    public Optional<DatedScore> latest(List<DatedScore> scores, DatedScore baseline) {
        List<DatedScore> ordered = oldestFirst(scores);
        int after = ordered.indexOf(baseline) + 1;
        return after > 0 && after < ordered.size() ? Optional.of(ordered.get(ordered.size() - 1)) : Optional.empty();
    }

    /** The newest of {@code scores}; of one day, the one listed last. */
    static Optional<DatedScore> newest(List<DatedScore> scores) {
        List<DatedScore> ordered = oldestFirst(scores);
        return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.get(ordered.size() - 1));
    }

    /** Oldest day first; scores of one day keep the order they were given in. */
    private static List<DatedScore> oldestFirst(List<DatedScore> scores) {
        return scores.stream().sorted(Comparator.comparing(DatedScore::completedOn)).toList();
    }
}
