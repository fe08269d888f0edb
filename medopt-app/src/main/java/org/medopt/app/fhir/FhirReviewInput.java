package org.medopt.app.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.medopt.app.web.InvalidInputException;
import org.medopt.knowledge.DrugCatalog;
import org.springframework.stereotype.Component;

/**
 * The one converter from FHIR R4 to the review engine's input, used by the REST API, the command line and CDS Hooks
 * alike so that all three give the same findings: active MedicationRequest and MedicationStatement resources become
 * the medication list; Patient, active Condition and final Observation resources the person's context. Resources of
 * other types are left aside.
 */
@Component
public class FhirReviewInput {

    private final FhirContext fhir = FhirContext.forR4Cached();
    private final DrugCatalog catalog;

    FhirReviewInput(DrugCatalog catalog) {
        this.catalog = catalog;
    }

    /** Reads a FHIR resource sent as JSON; refuses what is not one as invalid input naming {@code field}. */
    public IBaseResource parse(String json, String field) {
        IParser parser = fhir.newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
        try {
            return parser.parseResource(json);
        } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
            throw new InvalidInputException(field, "This is not a FHIR R4 resource in JSON");
        }
    }

    /** Reads a FHIR Bundle sent as JSON; anything else is refused as invalid input. */
    public Bundle parseBundle(String json) {
        if (parse(json, "bundle") instanceof Bundle bundle) {
            return bundle;
        }
        throw new InvalidInputException("resourceType", "A review takes a FHIR Bundle; this is another resource type");
    }

    /** The review input of the resources in a bundle, as of {@code reviewDate}. */
    public ReviewInput read(Bundle bundle, LocalDate reviewDate) {
        Map<String, Resource> byFullUrl = new HashMap<>();
        for (BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.hasFullUrl() && entry.hasResource()) {
                byFullUrl.put(entry.getFullUrl(), entry.getResource());
            }
        }
        List<Resource> resources = bundle.getEntry().stream().filter(BundleEntryComponent::hasResource)
                .map(BundleEntryComponent::getResource).toList();
        return read(byFullUrl, resources, List.of(), reviewDate);
    }

    /**
     * The review input of a person's resources and of orders being signed, as of {@code reviewDate}. A draft order
     * counts whatever its status: it is on the list the moment it is signed.
     */
    public ReviewInput read(List<Resource> resources, List<MedicationRequest> draftOrders, LocalDate reviewDate) {
        return read(Map.of(), resources, draftOrders, reviewDate);
    }

    private ReviewInput read(Map<String, Resource> byFullUrl, List<Resource> resources, List<MedicationRequest> draftOrders,
            LocalDate reviewDate) {
        FhirMedicationList medications = new FhirMedicationList(catalog, new FhirReferences(byFullUrl, resources));
        FhirPersonContext person = new FhirPersonContext();
        for (Resource resource : resources) {
            if (resource instanceof MedicationRequest request) {
                medications.add(request, false);
            } else if (resource instanceof MedicationStatement statement) {
                medications.add(statement);
            } else if (resource instanceof Patient patient) {
                person.add(patient);
            } else if (resource instanceof Condition condition) {
                person.add(condition);
            } else if (resource instanceof Observation observation) {
                person.add(observation);
            }
        }
        draftOrders.forEach(order -> medications.add(order, true));
        return new ReviewInput(medications.medications(), person.context(reviewDate), medications.notChecked());
    }
}
