package org.medopt.knowledge;

import java.util.List;
import org.medopt.person.Sex;

/**
 * Whom a rule applies to. Every given criterion must hold; an age criterion never holds when the age is unknown.
 *
 * @param minAge completed years, inclusive; null for no lower bound
 * @param maxAge completed years, inclusive; null for no upper bound
 * @param sex null for anyone
 * @param pregnant null for either; true only when pregnancy is recorded, false only when it is not
 * @param conditionSets ids of condition sets of which the person must have at least one; empty for none needed
 * @param exceptConditionSets ids of condition sets any one of which exempts the person
 */
public record PersonCriteria(
        Integer minAge,
        Integer maxAge,
        Sex sex,
        Boolean pregnant,
        List<String> conditionSets,
        List<String> exceptConditionSets) {

    public static final PersonCriteria ANYONE = new PersonCriteria(null, null, null, null, List.of(), List.of());

    public PersonCriteria {
        conditionSets = List.copyOf(conditionSets);
        exceptConditionSets = List.copyOf(exceptConditionSets);
    }

    public boolean needsAge() {
        return minAge != null || maxAge != null;
    }
}
