package org.medopt.app.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Resource;
import org.medopt.app.fhir.FhirReviewInput;
import org.medopt.app.web.InvalidInputException;

/**
 * One call of a service, read from its JSON body: the hook, its instance, the user and patient in context, the prefetched
 * resources and, for order-sign, the draft orders.
 *
 * @param prefetch the resources of every prefetch template, or empty when the client left one out (then the
 *     service must find the data itself); a template answered with {@code null} had no data and adds nothing
 */
record CdsHookCall(String hook, String hookInstance, String userId, String patientId, Optional<List<Resource>> prefetch,
        List<MedicationRequest> draftOrders) {

    static CdsHookCall read(CdsService service, JsonNode body, FhirReviewInput fhir) {
        String hook = text(body, "hook");
        if (!service.hook().equals(hook)) {
            throw new InvalidInputException("hook", "Service " + service.id() + " answers the " + service.hook()
                    + " hook, not " + hook);
        }
        JsonNode context = body.path("context");
        String patientId = text(context, "patientId");
        if (patientId == null) {
            throw new InvalidInputException("context.patientId", "The hook context needs the patientId");
        }
        if (text(body, "hookInstance") == null) {
            throw new InvalidInputException("hookInstance", "The call needs its hookInstance");
        }
        List<MedicationRequest> drafts = service == CdsService.ORDER_SIGN_REVIEW ? draftOrders(context, fhir) : List.of();
        return new CdsHookCall(hook, text(body, "hookInstance"), text(context, "userId"), patientId, prefetch(body.path("prefetch"), fhir), drafts);
    }

    private static Optional<List<Resource>> prefetch(JsonNode prefetch, FhirReviewInput fhir) {
        if (!prefetch.isObject() || !CdsService.PREFETCH.keySet().stream().allMatch(prefetch::has)) {
            return Optional.empty();
        }
        List<Resource> resources = new ArrayList<>();
        for (Map.Entry<String, String> template : CdsService.PREFETCH.entrySet()) {
            JsonNode value = prefetch.get(template.getKey());
            if (!value.isNull()) {
                resources.addAll(resources(fhir.parse(value.toString(), "prefetch." + template.getKey())));
            }
        }
        return Optional.of(resources);
    }

    /** The order-sign hook's draft orders: a Bundle of the orders being signed; its MedicationRequests join the list. */
    private static List<MedicationRequest> draftOrders(JsonNode context, FhirReviewInput fhir) {
        JsonNode orders = context.path("draftOrders");
        if (!orders.isObject() || !(fhir.parse(orders.toString(), "context.draftOrders") instanceof Bundle bundle)) {
            throw new InvalidInputException("context.draftOrders", "The order-sign context needs draftOrders, a FHIR Bundle");
        }
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(MedicationRequest.class::isInstance).map(MedicationRequest.class::cast).toList();
    }

    /** A search answers a Bundle of its matches; a read answers the resource itself. */
    private static List<Resource> resources(IBaseResource resource) {
        if (resource instanceof Bundle bundle) {
            return bundle.getEntry().stream().filter(Bundle.BundleEntryComponent::hasResource)
                    .map(Bundle.BundleEntryComponent::getResource).toList();
        }
        return List.of((Resource) resource);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
