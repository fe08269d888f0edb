package org.medopt.taper;

import java.util.List;
import java.util.Set;
import org.medopt.knowledge.DrugClass;
import org.medopt.knowledge.KnowledgeSource;

/**
 * One symptom of the withdrawal checklist, worded for the person, with the drug groups it is asked for.
 *
 * @param groups the drug classes whose taper asks this item; empty when {@code anyDrug}
 * @param alertAtAnyRating a safety question: any rating above none alerts the team
 * @param note which words of the sources the item was taken from
 */
public record ChecklistItem(String id, String wording, Set<DrugClass> groups, boolean anyDrug,
        boolean alertAtAnyRating, List<KnowledgeSource> sources, String note) {

    public ChecklistItem {
        groups = Set.copyOf(groups);
        sources = List.copyOf(sources);
    }

    /** Whether a taper of a drug in {@code classes} asks this item. */
    public boolean appliesTo(Set<DrugClass> classes) {
        return anyDrug || classes.stream().anyMatch(groups::contains);
    }
}
