package org.medopt.app.taper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.medopt.app.medication.MedicationEntry;
import org.medopt.app.web.InvalidInputException;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugProduct;
import org.medopt.medication.DoseUnit;
import org.medopt.shared.Coded;
import org.medopt.taper.Administration;
import org.medopt.taper.InvalidTaperRequest;
import org.medopt.taper.TaperMethod;
import org.medopt.taper.TaperPlan;
import org.medopt.taper.TaperPlanner;
import org.medopt.taper.TaperRequest;
import org.springframework.stereotype.Component;

/**
 * Turns the plan form into the planner's request and plans it; every refusal, the form's own or the planner's, comes
 * back as an {@link InvalidInputException} naming the form field, so the page shows it there with the input kept.
 */
@Component
class PlanRequests {

    private final TaperPlanner planner;

    PlanRequests(TaperPlanner planner) {
        this.planner = planner;
    }

    /** The plan the form asks for. */
    TaperPlan plan(PlanForm form) {
        try {
            return planner.plan(request(form));
        } catch (InvalidTaperRequest e) {
            throw new InvalidInputException(e.field(), e.getMessage());
        }
    }

    /** The plan the form asks for, to keep: one with no step at all is refused, saying why, at the products. */
    TaperPlan planToKeep(PlanForm form) {
        TaperPlan plan = plan(form);
        if (plan.steps().isEmpty()) {
            throw new InvalidInputException("products", "No step can be made with these products: "
                    + String.join(" ", plan.problems()));
        }
        return plan;
    }

    Drug drug(String nameOrRxcui) {
        try {
            return planner.drug(nameOrRxcui);
        } catch (InvalidTaperRequest e) {
            throw new InvalidInputException(e.field(), e.getMessage());
        }
    }

    TaperRequest request(PlanForm form) {
        Drug drug = drug(form.drug());
        TaperMethod method = Coded.find(TaperMethod.class, form.method())
                .orElseThrow(() -> new InvalidInputException("method", "choose hyperbolic, proportional or linear"));
        TaperRequest.Builder builder = TaperRequest.of(drug, form.dailyMilligrams(), form.start())
                .takenAs(administrations(form).toArray(Administration[]::new))
                .products(products(drug, form.products()))
                .compounded(form.compounded())
                .method(method)
                .stepDays(form.stepDays())
                .pace(form.pace())
                .occupancyStep(form.occupancyStep())
                .finalDose(form.finalDose());
        if (form.switchToDiazepam()) {
            builder.switchToDiazepam();
        }
        try {
            return builder.build();
        } catch (InvalidTaperRequest e) {
            throw new InvalidInputException(e.field(), e.getMessage());
        }
    }

    /** A new plan's form for the medication entry: its drug and daily dose, every other input at its default. */
    PlanForm formFor(MedicationEntry entry, LocalDate start) {
        BigDecimal daily = entry.doseUnit() == DoseUnit.MG && entry.frequency() != null
                && entry.frequency().toLowerCase().matches("once daily|once a day|at bedtime|each day|daily")
                ? new BigDecimal(entry.dose().stripTrailingZeros().toPlainString()) : null;
        return blank(entry.id(), entry.inCatalog() ? drug(entry.rxcui()).name() : entry.drugName(), daily, start);
    }

    /** A new plan's form for a catalog drug, every input at the planner's default. */
    PlanForm blank(Long entryId, String drugName, BigDecimal daily, LocalDate start) {
        List<String> products = List.of();
        try {
            products = TaperRequest.of(planner.drug(drugName), BigDecimal.ONE, start).build().products().stream()
                    .map(DrugProduct::label).toList();
        } catch (InvalidTaperRequest e) {
            // Not a catalog drug: the form shows no products and the planner says why when previewed.
        }
        return new PlanForm(entryId, drugName, daily, "", products, null, TaperMethod.HYPERBOLIC.code(),
                TaperRequest.DEFAULT_STEP_DAYS, TaperRequest.DEFAULT_PACE_PERCENT, TaperRequest.DEFAULT_OCCUPANCY_STEP,
                start, null, false, null);
    }

    /** "morning: 10" lines, back as the form writes them. */
    static String administrationsText(List<Administration> times) {
        return times.size() == 1 && times.get(0).time().equals("each day") ? ""
                : times.stream().map(a -> a.time() + ": " + a.milligrams().stripTrailingZeros().toPlainString())
                        .collect(Collectors.joining("\n"));
    }

    static List<Administration> administrations(PlanForm form) {
        String text = form.administrations() == null ? "" : form.administrations().strip();
        if (text.isEmpty()) {
            return List.of(new Administration("each day", form.dailyMilligrams()));
        }
        List<Administration> times = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int colon = line.lastIndexOf(':');
            try {
                times.add(new Administration(line.substring(0, Math.max(colon, 0)).strip(),
                        new BigDecimal(line.substring(colon + 1).strip())));
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                throw new InvalidInputException("administrations", "write each time of day on its own line as "
                        + "'time: mg', for example 'morning: 10'; '" + line.strip() + "' is not");
            }
            if (times.get(times.size() - 1).time().isEmpty()) {
                throw new InvalidInputException("administrations", "name the time of day before the colon in '"
                        + line.strip() + "'");
            }
        }
        return times;
    }

    private static List<DrugProduct> products(Drug drug, List<String> labels) {
        return labels.stream().map(label -> drug.productLabelled(label)
                .orElseThrow(() -> new InvalidInputException("products", "'" + label + "' is not a product of "
                        + drug.name() + " in the knowledge base")))
                .toList();
    }
}
