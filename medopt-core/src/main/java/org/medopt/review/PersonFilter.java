package org.medopt.review;

import java.util.List;
import java.util.Optional;
import org.medopt.knowledge.ConditionSet;
import org.medopt.knowledge.PersonCriteria;
import org.medopt.knowledge.ReviewRules;

/**
 * Whether a rule's person criteria fit the person under review. Unknown age never fits an age criterion; a condition
 * set whose codes rest on an unverified source matches no one.
 */
final class PersonFilter {

    private PersonFilter() {
    }

    /** Whether {@code criteria} fit {@code person}, whose age (worked out once per review) is {@code age}. */
    static boolean fits(PersonCriteria criteria, PersonContext person, Optional<Integer> age, ReviewRules rules) {
        if (criteria.needsAge()) {
            if (age.isEmpty()
                    || (criteria.minAge() != null && age.get() < criteria.minAge())
                    || (criteria.maxAge() != null && age.get() > criteria.maxAge())) {
                return false;
            }
        }
        if (criteria.sex() != null && criteria.sex() != person.sex()) {
            return false;
        }
        if (criteria.pregnant() != null && criteria.pregnant() != person.pregnant()) {
            return false;
        }
        if (!criteria.conditionSets().isEmpty() && !hasAny(criteria.conditionSets(), person, rules)) {
            return false;
        }
        return !hasAny(criteria.exceptConditionSets(), person, rules);
    }

    private static boolean hasAny(List<String> setIds, PersonContext person, ReviewRules rules) {
        if (setIds.isEmpty()) {
            return false;
        }
        for (String id : setIds) {
            Optional<ConditionSet> set = rules.conditionSet(id);
            if (set.isPresent() && set.get().firm() && person.conditions().stream().anyMatch(c -> inSet(set.get(), c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inSet(ConditionSet set, Condition condition) {
        return set.contains(condition.system(), condition.code());
    }
}
