package org.medopt.measurement;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds answer maps for tests from the answers written in item order, e.g. {@code "1 1 0 2"}. */
final class Answers {

    private Answers() {
    }

    /** {@code values} given to the instrument's items {@code prefix1}, {@code prefix2}, ... in order. */
    static Map<String, Integer> of(String prefix, String values) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        String[] parts = values.trim().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            answers.put(prefix + (i + 1), Integer.valueOf(parts[i]));
        }
        return answers;
    }

    /** Nine PHQ-9 answers adding up to {@code total} (at most 24), with item 9 at 0: items 1-8 filled with 3s first. */
    static Map<String, Integer> phq9Totalling(int total) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        int left = total;
        for (int i = 1; i <= 8; i++) {
            int value = Math.min(3, left);
            answers.put("phq9-" + i, value);
            left -= value;
        }
        if (left != 0) {
            throw new IllegalArgumentException("at most 24 without item 9");
        }
        answers.put("phq9-9", 0);
        return answers;
    }
}
