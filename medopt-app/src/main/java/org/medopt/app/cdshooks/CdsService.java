package org.medopt.app.cdshooks;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The services MedOpt offers. CDS Hooks 2.0 discovery describes each service with exactly one {@code hook}, so the
 * one medication review is offered under two ids: {@code medication-review} when a chart is opened and
 * {@code medication-review-order-sign} when orders are signed, where the draft orders join the list.
 */
enum CdsService {

    MEDICATION_REVIEW("medication-review", "patient-view", "MedOpt medication review",
            "Reviews the person's active medicines with their conditions, recent results and pregnancy status against "
                    + "MedOpt's cited knowledge base: interactions, duplicates, doses above the labelled maximum, "
                    + "older-adult and pediatric criteria, anticholinergic burden, monitoring due, long-term use, "
                    + "withdrawal risk and condition interactions. Each card explains itself and cites its source."),
    ORDER_SIGN_REVIEW("medication-review-order-sign", "order-sign", "MedOpt medication review of orders being signed",
            "The MedOpt medication review of the person's active medicines together with the medication orders being "
                    + "signed, so that a new order's interactions and duplicates show before it is signed.");

    /** The prefetch templates, the same for both hooks (key, FHIR query); keys in discovery order. */
    static final Map<String, String> PREFETCH = prefetch();

    private final String id;
    private final String hook;
    private final String title;
    private final String description;

    CdsService(String id, String hook, String title, String description) {
        this.id = id;
        this.hook = hook;
        this.title = title;
        this.description = description;
    }

    static Optional<CdsService> withId(String id) {
        return Arrays.stream(values()).filter(service -> service.id.equals(id)).findFirst();
    }

    String id() {
        return id;
    }

    String hook() {
        return hook;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    private static Map<String, String> prefetch() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put("patient", "Patient/{{context.patientId}}");
        templates.put("medicationRequests", "MedicationRequest?patient={{context.patientId}}&status=active");
        templates.put("medicationStatements", "MedicationStatement?patient={{context.patientId}}&status=active");
        templates.put("conditions", "Condition?patient={{context.patientId}}&clinical-status=active");
        templates.put("observations", "Observation?patient={{context.patientId}}&_sort=-date&_count=100");
        return Collections.unmodifiableMap(templates);
    }
}
