package org.medopt.app.context;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import org.medopt.person.Sex;

/**
 * A person's sex and pregnancy status as recorded at one time; each change is a new revision, the newest is current.
 *
 * @param sex as FHIR's administrative gender codes it
 */
public record ClinicalStatus(int revision, @JsonIgnore Sex sex, Pregnancy pregnancy, OffsetDateTime recordedAt,
        String recordedBy, String changeReason) {

    /** What a record without any status says: nothing is known. */
    static final ClinicalStatus NOT_RECORDED = new ClinicalStatus(0, Sex.UNKNOWN, Pregnancy.UNKNOWN, null, null, null);

    public boolean recorded() {
        return revision > 0;
    }

    /** The sex as its FHIR code, which is what the REST API reads and writes. */
    @JsonProperty("sex")
    public String sexCode() {
        return sex.code();
    }

    public String sexLabel() {
        return Choice.label(sex);
    }
}
