package org.medopt.app.taper;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code POST /api/taper-plans/preview} and the {@code taper} command read: one drug's taper, or several drugs
 * in {@code drugs} to be put in order and planned one after another. Absent fields take the planner's defaults;
 * {@code docs/taper-api.md} lists each field with its unit and default.
 */
@Schema(description = "One drug to taper, or several in 'drugs'; see docs/taper-api.md")
public record TaperPreviewRequest(
        @Schema(description = "RxNorm ingredient code or name, e.g. \"2556\" or \"citalopram\"") String drug,
        @Schema(description = "current daily dose, mg") BigDecimal dailyMilligrams,
        @Schema(description = "times of day and amounts adding up to the daily dose; default once a day")
        List<AdministrationJson> administrations,
        @Schema(description = "product labels the plan may use, e.g. \"10 mg tablet\"; default the immediate-release "
                + "tablets, capsules and oral liquids") List<String> products,
        @Schema(description = "concentration of a pharmacy-compounded oral liquid, mg/mL") BigDecimal compoundedMgPerMl,
        @Schema(description = "hyperbolic (default), proportional or linear") String method,
        @Schema(description = "weeks each dose is held; give this or stepDays; default 4") Integer stepWeeks,
        @Schema(description = "days each dose is held, at least 7; default 28") Integer stepDays,
        @Schema(description = "largest cut per step as a % of the most recent dose, > 0 and ≤ 50; default 10")
        BigDecimal pacePercent,
        @Schema(description = "hyperbolic: fall in estimated occupancy per step, percentage points, > 0 and ≤ 10; "
                + "default 5") BigDecimal occupancyStepPoints,
        @Schema(description = "first day of the plan (ISO date); required") LocalDate start,
        @Schema(description = "last dose before stopping, mg; default the method's") BigDecimal finalMilligrams,
        @Schema(description = "switch a benzodiazepine or z-drug to diazepam before reducing") Boolean switchToDiazepam,
        @Schema(description = "several drugs, each with the fields above but start; the schedule starts on 'start'")
        List<TaperPreviewRequest> drugs,
        @Schema(description = "with 'drugs': the drugs the person wants reduced first, in order") List<String> priority) {

    /** One time of day and the amount taken then, in mg. */
    public record AdministrationJson(String time, BigDecimal milligrams) {
    }

    boolean several() {
        return drugs != null;
    }
}
