package org.medopt.measurement;

import java.util.List;
import java.util.Map;
import org.medopt.knowledge.KnowledgeSource;

/**
 * When any of {@code items} is answered {@code atLeast} or more, the team is told why in {@code reason}.
 *
 * @param medoptOwn the rule is MedOpt's own choice, not a published one ({@code note} says why)
 */
public record SafetyRule(String id, List<String> items, int atLeast, String reason, boolean medoptOwn,
        List<KnowledgeSource> sources, String note) {

    public SafetyRule {
        items = List.copyOf(items);
        sources = List.copyOf(sources);
    }

    boolean firesOn(Map<String, Integer> answers) {
        return !itemsFiredBy(answers).isEmpty();
    }

    /** The rule's items that {@code answers} answered {@code atLeast} or more, in the rule's order: what set it off. */
    public List<String> itemsFiredBy(Map<String, Integer> answers) {
        return items.stream().filter(item -> answers.get(item) != null && answers.get(item) >= atLeast).toList();
    }
}
