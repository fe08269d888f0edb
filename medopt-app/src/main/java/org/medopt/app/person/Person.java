package org.medopt.app.person;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.medopt.person.AgeGroup;

/** A person served, as recorded. */
public record Person(
        long id,
        String legalGivenName,
        String legalFamilyName,
        String preferredName,
        String pronouns,
        LocalDate birthDate,
        String preferredLanguage,
        String phone,
        String email,
        String address,
        int version,
        OffsetDateTime updatedAt,
        String updatedBy) {

    /** The name to call the person by: their preferred name if they gave one. */
    public String displayName() {
        String given = preferredName == null || preferredName.isBlank() ? legalGivenName : preferredName;
        return given + " " + legalFamilyName;
    }

    public String legalName() {
        return legalGivenName + " " + legalFamilyName;
    }

    public AgeGroup ageGroup(LocalDate today) {
        return AgeGroup.of(birthDate, today);
    }

    public int age(LocalDate today) {
        return AgeGroup.ageInYears(birthDate, today);
    }

    /** The details as a form holds them, for editing. */
    public PersonDetails details() {
        return new PersonDetails(legalGivenName, legalFamilyName, preferredName, pronouns, birthDate, preferredLanguage,
                phone, email, address, null, null, version);
    }
}
