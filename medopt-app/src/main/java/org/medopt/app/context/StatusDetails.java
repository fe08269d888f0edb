package org.medopt.app.context;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.medopt.app.web.CodeOf;
import org.medopt.person.Sex;

/**
 * A person's sex and pregnancy status to record, from a page or the REST API.
 *
 * @param sex FHIR administrative gender: female, male, other or unknown
 * @param pregnancy pregnant, not-pregnant or unknown
 * @param changeReason why the status changes; needed once a status is recorded
 * @param version the revision the editor started from, 0 when none was recorded yet
 */
public record StatusDetails(
        @NotBlank(message = "choose the sex") @CodeOf(value = Sex.class, what = "sex") String sex,
        @NotBlank(message = "choose the pregnancy status") @CodeOf(value = Pregnancy.class, what = "pregnancy status")
        String pregnancy,
        @Size(max = 300) String changeReason,
        Integer version) {

    static StatusDetails of(ClinicalStatus status) {
        return new StatusDetails(status.sex().code(), status.pregnancy().code(), null, status.revision());
    }
}
