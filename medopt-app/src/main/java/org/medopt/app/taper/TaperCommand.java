package org.medopt.app.taper;

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
 * {@code taper <request.json>}: plans the taper in the file and prints it as JSON, the same JSON
 * {@code POST /api/taper-plans/preview} answers. Exit code 0 when planned; 1 when the file cannot be read or the
 * request is refused, printing the field and what to change; 2 for wrong use.
 */
@Component
class TaperCommand implements Command {

    private final TaperPreviews previews;
    private final ObjectMapper json;

    TaperCommand(TaperPreviews previews, ObjectMapper json) {
        this.previews = previews;
        this.json = json;
    }

    @Override
    public String name() {
        return "taper";
    }

    @Override
    public String summary() {
        return "plan a taper from a request (JSON file, see docs/taper-api.md) and print the plan as JSON";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        if (arguments.size() != 1) {
            out.println("Usage: taper <request.json>");
            return 2;
        }
        String request;
        try {
            request = Files.readString(Path.of(arguments.get(0)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println("Cannot read " + arguments.get(0));
            return 1;
        }
        try {
            out.println(write(previews.preview(request)));
            return 0;
        } catch (InvalidInputException e) {
            out.println(write(new Refusal("Invalid input", e.getMessage(), List.of(new FieldError(e.field(), e.getMessage())))));
            return 1;
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("previews are plain records and always serialise", e);
        }
    }

    /** The refusal as the API's problem JSON words it: its title, detail and field errors. */
    record Refusal(String title, String detail, List<FieldError> errors) {
    }

    record FieldError(String field, String message) {
    }
}
