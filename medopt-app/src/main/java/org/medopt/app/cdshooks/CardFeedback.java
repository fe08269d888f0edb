package org.medopt.app.cdshooks;

import java.time.OffsetDateTime;

/**
 * What a clinician did with a card, as the CDS client reported it.
 *
 * @param outcome {@code accepted} or {@code overridden}
 * @param reasonCode the override reason chosen, from the card's list or the client's own; null when none was given
 */
record CardFeedback(String card, String outcome, String reasonSystem, String reasonCode, String reasonDisplay,
        String userComment, OffsetDateTime outcomeAt) {
}
