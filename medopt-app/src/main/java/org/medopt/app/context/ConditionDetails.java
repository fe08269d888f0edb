package org.medopt.app.context;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.medopt.app.web.CodeOf;

/**
 * A condition to add, from a page or the REST API.
 *
 * @param system {@code icd-10-cm} or {@code snomed-ct}
 * @param display the condition's name as the code system gives it, or as the clinician writes it
 * @param onsetDate when it began, if known
 * @param submissionToken a one-time token that makes a repeated submission harmless (optional on the API)
 */
@ValidCodes
public record ConditionDetails(
        @NotBlank(message = "choose the code system") @CodeOf(value = CodeSystem.class, what = "code system") String system,
        @NotBlank(message = "enter the code") @Size(max = 20, message = "a code is at most 20 characters") String code,
        @NotBlank(message = "enter the condition's name") @Size(max = 200) String display,
        LocalDate onsetDate,
        @Size(max = 64) String submissionToken) {

    static ConditionDetails blank(String submissionToken) {
        return new ConditionDetails(CodeSystem.ICD_10_CM.code(), null, null, null, submissionToken);
    }
}
