package org.medopt.measurement;

import java.util.List;
import java.util.Optional;

/**
 * One question of an instrument.
 *
 * @param wording the published wording, only where the licence allows it and it was seen; else null
 * @param scored whether the answer counts towards the total
 * @param required whether the answer must be given when the question is asked
 * @param reverse whether the answer is reversed ({@code lowest + highest - answer}) before it is added
 * @param askedIf the earlier answer this question depends on (skip logic); null when always asked
 * @param answerLabels the words for {@code lowest} to {@code highest}, in order
 */
public record Item(String id, String label, String wording, int lowest, int highest, boolean scored, boolean required,
        boolean reverse, AskedIf askedIf, List<String> answerLabels) {

    public Item {
        answerLabels = List.copyOf(answerLabels);
    }

    /** The earlier answer a question depends on: it is asked only when {@code item} was answered {@code answer}. */
    public record AskedIf(String item, int answer) {
    }

    public Optional<String> publishedWording() {
        return Optional.ofNullable(wording);
    }

    /** The points {@code answer} adds to the total, reversed where the instrument says so. */
    public int points(int answer) {
        return reverse ? lowest + highest - answer : answer;
    }
}
