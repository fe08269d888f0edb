package org.medopt.app.person;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Builds the REST view of a person on today's date. */
@Component
class PersonViews {

    private final Clock clock;

    PersonViews(Clock clock) {
        this.clock = clock;
    }

    PersonView of(Person p) {
        LocalDate today = LocalDate.now(clock);
        return new PersonView(p.id(), p.legalGivenName(), p.legalFamilyName(), p.preferredName(), p.pronouns(),
                p.birthDate(), p.age(today), p.ageGroup(today).code(), p.preferredLanguage(), p.phone(), p.email(),
                p.address(), p.version(), p.updatedAt(), p.updatedBy());
    }
}
