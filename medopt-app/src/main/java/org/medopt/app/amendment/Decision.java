package org.medopt.app.amendment;

import jakarta.validation.constraints.Size;

/**
 * The care team's answer to a request. The service checks it, after the access policy, so that someone who may not
 * decide is refused whatever they send.
 *
 * @param outcome {@code accepted} or {@code denied}
 * @param reason why, in plain language the person can read; required for a denial
 */
public record Decision(
        String outcome,
        @Size(max = 2000) String reason) {
}
