package org.medopt.app.measurement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One completed instrument as saved: the answers and the score worked out then (a FHIR QuestionnaireResponse).
 *
 * @param answers item id to answer, in the instrument's item order
 * @param total the total; null for an unscored instrument
 * @param band the band the total fell in; null when none
 * @param percentage the total as a percentage where the instrument defines one; else null
 * @param safetyFlags the ids of the safety rules the answers set off
 * @param enteredByPerson true when the person answered in the portal; false when staff entered the answers for them
 */
public record StoredResponse(long id, long personId, String instrumentId, String instrumentsVersion,
        Map<String, Integer> answers, Integer total, String band, Integer percentage, List<String> safetyFlags,
        LocalDate completedOn, boolean enteredByPerson, String recordedBy, OffsetDateTime recordedAt) {

    public StoredResponse {
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        safetyFlags = List.copyOf(safetyFlags);
    }

    public boolean flagged() {
        return !safetyFlags.isEmpty();
    }
}
