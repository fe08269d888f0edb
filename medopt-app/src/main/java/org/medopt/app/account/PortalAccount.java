package org.medopt.app.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters to open a person's portal account. */
public record PortalAccount(
        @NotBlank @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "use 3 to 60 lower-case letters, digits, dots, dashes or underscores")
        String username,
        @NotBlank @Size(min = 12, max = 200, message = "must be at least 12 characters") String password) {
}
