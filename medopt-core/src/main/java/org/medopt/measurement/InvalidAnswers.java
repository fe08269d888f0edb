package org.medopt.measurement;

import java.util.List;

/** A set of answers that cannot be scored; lists every problem found, not just the first. */
public class InvalidAnswers extends RuntimeException {

    private final List<AnswerProblem> problems;

    public InvalidAnswers(String instrumentName, List<AnswerProblem> problems) {
        super("The answers to " + instrumentName + " cannot be scored: "
                + String.join("; ", problems.stream().map(AnswerProblem::text).toList()));
        this.problems = List.copyOf(problems);
    }

    /** Every problem in words, in the instrument's item order, unknown items last. */
    public List<String> problems() {
        return problems.stream().map(AnswerProblem::text).toList();
    }

    /** Every problem with the item it is about, so a form can show each at its question. */
    public List<AnswerProblem> byItem() {
        return problems;
    }
}
