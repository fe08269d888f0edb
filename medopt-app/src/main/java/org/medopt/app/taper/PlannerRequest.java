package org.medopt.app.taper;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.medopt.app.web.InvalidInputException;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugProduct;
import org.medopt.shared.Coded;
import org.medopt.taper.Administration;
import org.medopt.taper.TaperMethod;
import org.medopt.taper.TaperPlanner;
import org.medopt.taper.TaperRequest;

/** Turns one drug of a preview's JSON into the planner's request, the planner's defaults filling what is absent. */
final class PlannerRequest {

    private PlannerRequest() {
    }

    /**
     * The planner's request for {@code json}, starting on {@code start}; {@code prefix} ({@code ""} or
     * {@code "drugs[1]."}) names where the drug sits, for the error's field.
     */
    static TaperRequest of(TaperPreviewRequest json, LocalDate start, TaperPlanner planner, String prefix) {
        require(json.drug() != null && !json.drug().isBlank(), prefix + "drug",
                "Give the drug to taper, by name or RxNorm ingredient code");
        require(json.dailyMilligrams() != null, prefix + "dailyMilligrams", "Give the current daily dose in mg");
        require(start != null, "start", "Give the first day of the plan (start, as YYYY-MM-DD)");
        require(json.drugs() == null && json.priority() == null, prefix + "drugs",
                "A drug in 'drugs' cannot list drugs of its own");
        require(json.stepWeeks() == null || json.stepDays() == null, prefix + "stepDays",
                "Give the step length once, in stepWeeks or in stepDays, not both");
        Drug drug = planner.drug(json.drug());
        TaperRequest.Builder builder = TaperRequest.of(drug, json.dailyMilligrams(), start);
        if (json.administrations() != null) {
            builder.takenAs(json.administrations().stream().map(a -> administration(a, prefix))
                    .toArray(Administration[]::new));
        }
        if (json.products() != null) {
            builder.products(json.products().stream().map(label -> product(drug, label, prefix)).toList());
        }
        builder.compounded(json.compoundedMgPerMl());
        if (json.method() != null) {
            builder.method(method(json.method(), prefix));
        }
        Optional.ofNullable(json.stepWeeks()).ifPresent(builder::stepWeeks);
        Optional.ofNullable(json.stepDays()).ifPresent(builder::stepDays);
        Optional.ofNullable(json.pacePercent()).ifPresent(builder::pace);
        Optional.ofNullable(json.occupancyStepPoints()).ifPresent(builder::occupancyStep);
        builder.finalDose(json.finalMilligrams());
        if (Boolean.TRUE.equals(json.switchToDiazepam())) {
            builder.switchToDiazepam();
        }
        return builder.build();
    }

    private static Administration administration(TaperPreviewRequest.AdministrationJson a, String prefix) {
        require(a != null && a.time() != null && !a.time().isBlank() && a.milligrams() != null,
                prefix + "administrations", "Give each time of day as {\"time\": \"morning\", \"milligrams\": 10}");
        return new Administration(a.time().strip(), a.milligrams());
    }

    private static DrugProduct product(Drug drug, String label, String prefix) {
        return drug.productLabelled(label)
                .orElseThrow(() -> new InvalidInputException(prefix + "products", "The knowledge base has no '" + label
                        + "' of " + drug.name() + "; its products are: "
                        + String.join(", ", drug.products().stream().map(DrugProduct::label).toList())));
    }

    private static TaperMethod method(String code, String prefix) {
        return Coded.find(TaperMethod.class, code.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException(prefix + "method",
                        "The method must be hyperbolic, proportional or linear; it was '" + code + "'"));
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidInputException(field, message);
        }
    }
}
