package org.medopt.app.access;

import java.time.OffsetDateTime;
import org.medopt.shared.Coded;

/**
 * The person's consent to share one sensitive category with their care team, signed with their typed name; in
 * force until withdrawn.
 */
public record SharingChoice(long id, long personId, String category, String signedName, OffsetDateTime consentedAt,
        String consentedBy, OffsetDateTime withdrawnAt, String withdrawnBy) {

    public String categoryLabel() {
        return Coded.find(SensitiveCategory.class, category).map(SensitiveCategory::label).orElse(category);
    }

    public boolean inForce() {
        return withdrawnAt == null;
    }
}
