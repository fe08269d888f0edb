package org.medopt.app.review;

import java.time.OffsetDateTime;

/**
 * A clinician's answer to a finding, kept with the knowledge-base version the finding came from.
 *
 * @param reason why, in the clinician's words; required to override, optional to acknowledge
 */
public record Response(ResponseKind kind, String reason, String knowledgeVersion, String respondedBy,
        OffsetDateTime respondedAt) {
}
