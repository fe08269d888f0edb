package org.medopt.app.person;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A caseload search: by birth date when the text is a date (yyyy-mm-dd), otherwise by part of a name. */
public record PersonQuery(String name, LocalDate birthDate) {

    public static PersonQuery parse(String text) {
        if (text == null || text.isBlank()) {
            return new PersonQuery(null, null);
        }
        String query = text.strip();
        try {
            return new PersonQuery(null, LocalDate.parse(query));
        } catch (DateTimeParseException notADate) {
            return new PersonQuery(query, null);
        }
    }
}
