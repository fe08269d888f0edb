package org.medopt.app.cdshooks;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A CDS Hooks 2.0 card. Its finding travels in {@code extension."org.medopt.finding"} so that a client can sort,
 * count or match cards without reading their text.
 */
record CdsCard(String uuid, String summary, String detail, String indicator, Source source,
        List<Coding> overrideReasons, Map<String, FindingExtension> extension) {

    static final String FINDING_EXTENSION = "org.medopt.finding";

    record Source(String label, String url) {
    }

    record Coding(String system, String code, String display) {
    }

    record FindingExtension(String category, String severity, @JsonProperty("rxnorm") List<String> rxnorm, String ruleId) {
    }

    FindingExtension finding() {
        return extension.get(FINDING_EXTENSION);
    }
}
