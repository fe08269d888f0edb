package org.medopt.app.record;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hl7.fhir.r4.model.Reference;

/**
 * Names the resources of one bundle. A downloaded bundle stands alone, so resources refer to each other by
 * {@code urn:uuid:} full URLs; the UUIDs are derived from MedOpt's own ids so that two downloads of the same record
 * name the same things alike.
 */
final class FhirIds {

    private FhirIds() {
    }

    static String fullUrl(String kind, long id) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("medopt/" + kind + "/" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Reference patient(long personId) {
        return new Reference(fullUrl("person", personId));
    }

    static Reference careTeam(long personId) {
        return new Reference(fullUrl("care-team", personId));
    }
}
