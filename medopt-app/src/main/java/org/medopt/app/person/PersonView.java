package org.medopt.app.person;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A person as the REST API shows them, with age and age group derived on the day of the request. */
public record PersonView(
        long id, String legalGivenName, String legalFamilyName, String preferredName, String pronouns,
        LocalDate birthDate, int age, String ageGroup, String preferredLanguage, String phone, String email,
        String address, int version, OffsetDateTime updatedAt, String updatedBy) {
}
