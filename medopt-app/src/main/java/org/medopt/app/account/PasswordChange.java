package org.medopt.app.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A signed-in user's new password; their current one proves it is them at the keyboard. */
public record PasswordChange(
        @NotBlank(message = "type your current password") String currentPassword,
        @NotBlank @Size(min = 12, max = 200, message = "must be at least 12 characters") String newPassword,
        @NotBlank(message = "type the new password again") String repeatedPassword) {
}
