package org.medopt.app.registry;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day the care manager plans the person's next contact. */
public record NextContact(@NotNull(message = "enter the day of the next contact") LocalDate nextContactDue) {
}
