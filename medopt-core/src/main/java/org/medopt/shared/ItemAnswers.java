package org.medopt.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers by item id as one line of text ({@code "phq9-1=2;phq9-2=0"}), the way MedOpt stores a form's per-item
 * numbers in one column. Item ids never hold {@code ;} or {@code =}.
 */
public final class ItemAnswers {

    private ItemAnswers() {
    }

    /** The answers as text, in the map's order. */
    public static String write(Map<String, Integer> answers) {
        return answers.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    /** The answers {@link #write} wrote, in their order. */
    public static Map<String, Integer> read(String text) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        if (!text.isEmpty()) {
            for (String pair : text.split(";")) {
                String[] parts = pair.split("=");
                answers.put(parts[0], Integer.valueOf(parts[1]));
            }
        }
        return answers;
    }
}
