package org.medopt.app.taper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.medopt.taper.Dosing;
import org.medopt.taper.StepLimit;
import org.medopt.taper.TaperStep;

/**
 * Synthetic steps for the chart and PDF tests, written by hand so every date and dose is known: a made-up drug
 * reduced 20, 15, 10 mg a fortnight each, then stopped. The numbers are test data, not clinical advice.
 */
final class TaperSteps {

    static final LocalDate START = LocalDate.of(2027, 1, 4);

    private TaperSteps() {
    }

    static List<TaperStep> of(String drug) {
        return List.of(
                step(1, 0, drug, "20", "60.5", "one 20 mg tablet", StepLimit.PACE),
                step(2, 14, drug, "15", "55", "one 10 mg tablet + 2.5 mL of 2 mg/mL oral solution", StepLimit.PACE),
                step(3, 28, drug, "10", null, "one 10 mg tablet", StepLimit.FINAL_DOSE),
                step(4, 42, drug, "0", null, "none", StepLimit.STOP));
    }

    static TaperPlanView plan(String drug) {
        return new TaperPlanView(drug, org.medopt.taper.TaperMethod.PROPORTIONAL, of(drug), new BigDecimal("10"),
                List.of("Check the liquid's concentration with the pharmacy <before> dispensing & again at pickup."));
    }

    private static TaperStep step(int number, int offset, String drug, String mg, String occupancy, String how,
            StepLimit limit) {
        BigDecimal dose = new BigDecimal(mg);
        LocalDate start = START.plusDays(offset);
        List<Dosing> dosing = dose.signum() == 0 ? List.of() : List.of(new Dosing("morning", drug, dose, how));
        return new TaperStep(number, start, start.plusDays(13), drug, dose, dose, BigDecimal.ZERO, dosing,
                occupancy == null ? null : new BigDecimal(occupancy), limit, "Step " + number, List.of());
    }
}
