package org.medopt.measurement;

import java.util.List;

/** A set of answers that cannot be scored; lists every problem found, not just the first. */
public class InvalidAnswers extends RuntimeException {

    private final List<String> problems;

    public InvalidAnswers(String instrumentName, List<String> problems) {
        super("The answers to " + instrumentName + " cannot be scored: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
