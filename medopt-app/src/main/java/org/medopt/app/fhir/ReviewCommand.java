package org.medopt.app.fhir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.medopt.app.command.Command;
import org.medopt.app.web.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * {@code review <bundle.json>}: reviews the FHIR Bundle in the file and prints the findings as JSON, the same JSON
 * {@code POST /api/review} answers. Exit code 0 when reviewed, 1 when the file is not a readable bundle, 2 for wrong use.
 */
@Component
class ReviewCommand implements Command {

    private final FhirReviewService reviews;
    private final ObjectMapper json;

    ReviewCommand(FhirReviewService reviews, ObjectMapper json) {
        this.reviews = reviews;
        this.json = json;
    }

    @Override
    public String name() {
        return "review";
    }

    @Override
    public String summary() {
        return "review the medication list in a FHIR R4 Bundle (JSON file) and print the findings as JSON";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        if (arguments.size() != 1) {
            out.println("Usage: review <bundle.json>");
            return 2;
        }
        String bundle;
        try {
            bundle = Files.readString(Path.of(arguments.get(0)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println("Cannot read " + arguments.get(0));
            return 1;
        }
        try {
            out.println(json.writeValueAsString(reviews.reviewBundle(bundle)));
            return 0;
        } catch (InvalidInputException e) {
            out.println("Not reviewed: " + e.getMessage());
            return 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings are plain records and always serialise", e);
        }
    }
}
