package org.medopt.app.taper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medopt.app.web.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Reads the JSON of a taper preview, refusing what cannot be read with the field at fault: malformed JSON, a field of
 * the wrong type, and a field MedOpt does not know (a misspelt {@code pacePercent} must not quietly become the
 * default pace).
 */
@Component
class TaperRequests {

    /** The planner's names for request fields, and the names the JSON gives them. */
    private static final Map<String, String> JSON_NAMES = Map.of("pace", "pacePercent", "occupancyStep",
            "occupancyStepPoints", "finalDose", "finalMilligrams", "compounded", "compoundedMgPerMl", "requests", "drugs");

    private final ObjectReader reader;

    TaperRequests(ObjectMapper json) {
        this.reader = json.readerFor(TaperPreviewRequest.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    TaperPreviewRequest read(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "The request is empty; send a taper request as JSON");
        }
        try {
            TaperPreviewRequest request = reader.readValue(body);
            if (request == null) {
                throw new InvalidInputException("body", "The request is empty; send a taper request as JSON");
            }
            return request;
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException(path(e), "MedOpt does not know the field '" + path(e)
                    + "'; check its spelling against docs/taper-api.md");
        } catch (JsonMappingException e) {
            String field = path(e);
            throw field.isEmpty() ? unreadable() : new InvalidInputException(field,
                    "The field '" + field + "' has the wrong type or format; see docs/taper-api.md");
        } catch (JsonProcessingException e) {
            throw unreadable();
        }
    }

    /** The JSON name of a planner field, prefixed with where it sits among several drugs. */
    static String jsonField(String prefix, String plannerField) {
        return prefix + JSON_NAMES.getOrDefault(plannerField, plannerField);
    }

    private static InvalidInputException unreadable() {
        return new InvalidInputException("body", "The request is not valid JSON");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
