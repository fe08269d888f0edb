package org.medopt.measurement;

/**
 * Why one answer cannot be scored.
 *
 * @param item the item the problem is about, which may not be an item of the instrument
 * @param missing whether the problem is only that a question that is asked has no answer
 * @param text the problem in words, starting with the item's id
 */
public record AnswerProblem(String item, boolean missing, String text) {
}
