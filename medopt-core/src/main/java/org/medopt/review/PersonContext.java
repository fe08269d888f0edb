package org.medopt.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medopt.person.AgeGroup;
import org.medopt.person.Sex;

/**
 * What the review needs to know about the person, as of the review date.
 *
 * @param birthDate null when unknown; then no age-specific rule fires
 * @param pregnant true only when pregnancy is recorded
 */
public record PersonContext(
        LocalDate reviewDate,
        LocalDate birthDate,
        Sex sex,
        boolean pregnant,
        List<Condition> conditions,
        List<Observation> observations) {

    public PersonContext {
        conditions = List.copyOf(conditions);
        observations = List.copyOf(observations);
    }

    public Optional<Integer> age() {
        return Optional.ofNullable(birthDate).map(b -> AgeGroup.ageInYears(b, reviewDate));
    }

    public Optional<AgeGroup> ageGroup() {
        return age().map(AgeGroup::ofAge);
    }
}
