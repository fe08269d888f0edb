package org.medopt.app.taper;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The clinician's taper plan form: every input of the planner, named as the planner names its fields so that its
 * refusals land at the right field.
 *
 * @param medicationEntryId the entry the plan tapers, or null for a catalog drug not on the record
 * @param administrations one line per time of day, "morning: 10"; empty for once a day
 * @param products the labels of the drug's products the plan may use
 * @param intent what the button pressed asks: {@code preview}, {@code save} (draft) or {@code start}
 */
public record PlanForm(
        Long medicationEntryId,
        @NotBlank(message = "name the drug to taper") String drug,
        @NotNull(message = "give the current daily dose in mg") BigDecimal dailyMilligrams,
        String administrations,
        List<String> products,
        BigDecimal compounded,
        @NotBlank(message = "choose a method") String method,
        @NotNull(message = "give how many days each step lasts") Integer stepDays,
        @NotNull(message = "give the largest cut per step, in %") BigDecimal pace,
        @NotNull(message = "give the fall in occupancy per step") BigDecimal occupancyStep,
        @NotNull(message = "give the day the taper starts") LocalDate start,
        BigDecimal finalDose,
        Boolean switchToDiazepam,
        String intent) {

    public PlanForm {
        products = products == null ? List.of() : List.copyOf(products);
        switchToDiazepam = Boolean.TRUE.equals(switchToDiazepam);
    }

    PlanForm withIntent(String chosen) {
        return new PlanForm(medicationEntryId, drug, dailyMilligrams, administrations, products, compounded, method,
                stepDays, pace, occupancyStep, start, finalDose, switchToDiazepam, chosen);
    }
}
