package org.medopt.app.review;

import jakarta.validation.constraints.Size;

/**
 * A clinician's answer to one finding, from the review page or an integration. The service checks it after the
 * access policy, so that someone who may not answer is refused whatever they send.
 *
 * @param findingKey the finding's key ({@code ruleId:rxcuis}) in the person's current review
 * @param response {@code acknowledged} or {@code overridden}
 * @param reason why; required to override
 */
public record FindingResponse(
        @Size(max = 200) String findingKey,
        @Size(max = 20) String response,
        @Size(max = 1000, message = "keep the reason under 1000 characters") String reason) {
}
