package org.medopt.app.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An account to open. Staff and administrator accounts have no {@code personId}; a person's portal account has
 * theirs (see {@link AccountService#openForPerson}).
 */
public record NewAccount(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "use 3 to 60 lower-case letters, digits, dots, dashes or underscores")
        String username,
        @NotBlank @Size(min = 12, max = 200, message = "must be at least 12 characters") String password,
        @NotNull(message = "choose a role") Role role,
        @NotBlank @Size(max = 120) String displayName,
        Long personId) {
}
