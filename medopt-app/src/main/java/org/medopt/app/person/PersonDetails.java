package org.medopt.app.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What is entered to register a person or change their details, from a page or the REST API.
 *
 * @param changeReason why the details are changed; kept in their history (optional)
 * @param submissionToken a one-time token that makes a repeated submission harmless (optional on the API)
 * @param version the version the editor started from; a stale version is refused
 */
public record PersonDetails(
        @NotBlank(message = "enter the legal given name") @Size(max = 100) String legalGivenName,
        @NotBlank(message = "enter the legal family name") @Size(max = 100) String legalFamilyName,
        @Size(max = 100) String preferredName,
        @Size(max = 40) String pronouns,
        @NotNull(message = "enter the date of birth") @PastOrPresent(message = "the date of birth cannot be in the future")
        LocalDate birthDate,
        @NotBlank(message = "enter the preferred language") @Size(max = 60) String preferredLanguage,
        @Size(max = 40) @Pattern(regexp = "[0-9+()\\-. ]*", message = "use digits, spaces and + ( ) - . only") String phone,
        @Size(max = 200) @Email(message = "enter an e-mail address like name@example.org") String email,
        @Size(max = 300) String address,
        @Size(max = 300) String changeReason,
        @Size(max = 64) String submissionToken,
        Integer version) {

    /** An empty form for registering a new person, in English unless changed. */
    public static PersonDetails blank(String submissionToken) {
        return new PersonDetails(null, null, null, null, null, "English", null, null, null, null, submissionToken, null);
    }
}
