package org.medopt.app.taper;

import java.util.ArrayList;
import java.util.List;
import org.medopt.app.web.InvalidInputException;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugCatalog;
import org.medopt.taper.InvalidTaperRequest;
import org.medopt.taper.TaperPlanner;
import org.medopt.taper.TaperRequest;
import org.medopt.taper.TaperSequence;

/**
 * Previews taper plans from JSON: the one path the REST API and the command line share. Stateless: it reads and
 * stores no person's record, so it asks no access policy. A request the planner refuses is refused whole, with the
 * JSON field at fault.
 */
@org.springframework.stereotype.Component
class TaperPreviews {

    private final TaperRequests reader;
    private final TaperPlanner planner;
    private final TaperSequence sequence;
    private final DrugCatalog catalog;

    TaperPreviews(TaperRequests reader, TaperPlanner planner, TaperSequence sequence, DrugCatalog catalog) {
        this.reader = reader;
        this.planner = planner;
        this.sequence = sequence;
        this.catalog = catalog;
    }

    TaperPreview preview(String body) {
        TaperPreviewRequest json = reader.read(body);
        return json.several() ? several(json) : one(json);
    }

    private TaperPreview one(TaperPreviewRequest json) {
        PlannerRequest.require(json.priority() == null, "priority", "A priority is for several drugs, given in 'drugs'");
        TaperRequest request = planned("", () -> PlannerRequest.of(json, json.start(), planner, ""));
        return TaperPreview.of(planned("", () -> planner.plan(request)), catalog.version());
    }

    private TaperPreview several(TaperPreviewRequest json) {
        PlannerRequest.require(json.drug() == null && json.dailyMilligrams() == null, "drug",
                "Give either one drug at the top level or several in 'drugs', not both");
        PlannerRequest.require(!json.drugs().isEmpty(), "drugs", "Give at least one drug to taper in 'drugs'");
        List<TaperRequest> requests = new ArrayList<>();
        for (int i = 0; i < json.drugs().size(); i++) {
            String prefix = "drugs[" + i + "].";
            TaperPreviewRequest drug = json.drugs().get(i);
            PlannerRequest.require(drug != null, "drugs[" + i + "]", "Each entry of 'drugs' must be a drug to taper");
            PlannerRequest.require(drug.start() == null, prefix + "start",
                    "Give the schedule's start once, at the top level; each drug starts after the one before it");
            TaperRequest request = planned(prefix, () -> PlannerRequest.of(drug, json.start(), planner, prefix));
            planned(prefix, () -> planner.plan(request));
            requests.add(request);
        }
        List<Drug> priority = new ArrayList<>();
        for (String name : TaperRequests.orEmpty(json.priority())) {
            priority.add(planned("priority.", () -> planner.drug(name == null ? "" : name)));
        }
        return TaperPreview.of(planned("", () -> sequence.plan(requests, priority)), catalog.version());
    }

    /** What {@code work} makes, or the planner's refusal as an input error naming the JSON field. */
    private static <T> T planned(String prefix, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidTaperRequest refused) {
            String field = prefix.equals("priority.") ? "priority" : TaperRequests.jsonField(prefix, refused.field());
            throw new InvalidInputException(field, withoutFinalStop(refused.getMessage()));
        }
    }

    /** The problem's detail adds "; nothing was saved." after the message. */
    private static String withoutFinalStop(String message) {
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
