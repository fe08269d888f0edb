package org.medopt.app.fhir;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Finds the resource a reference names among those sent together, by full URL or by type/id. The parser has already
 * linked references to contained resources.
 */
final class FhirReferences {

    private final Map<String, Resource> byReference = new HashMap<>();

    FhirReferences(Map<String, Resource> byFullUrl, List<Resource> resources) {
        byReference.putAll(byFullUrl);
        for (Resource resource : resources) {
            if (resource.hasIdElement() && resource.getIdElement().hasIdPart()) {
                byReference.putIfAbsent(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
            }
        }
    }

    <T extends Resource> Optional<T> resolve(Reference reference, Class<T> type) {
        if (type.isInstance(reference.getResource())) {
            return Optional.of(type.cast(reference.getResource()));
        }
        if (!reference.hasReference()) {
            return Optional.empty();
        }
        Resource found = byReference.get(reference.getReference());
        return type.isInstance(found) ? Optional.of(type.cast(found)) : Optional.empty();
    }
}
