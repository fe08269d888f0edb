package org.medopt.taper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.medopt.knowledge.Cited;
import org.medopt.knowledge.DrugProduct;
import org.medopt.knowledge.OccupancyModel;

/** Writes one drug's reductions by the request's method, from the phase's starting dose down to the stop. */
final class Reductions {

    /** MedOpt's guard against a plan no one could follow: past this many steps the plan stops and says so. */
    static final int MAX_STEPS = 400;

    private final TaperRequest r;
    private final Phase phase;
    private final PlanDraft draft;
    /** Steers the hyperbolic method's steps; null for the other methods. */
    private final OccupancyModel model;
    /** Reports estimated occupancy on every step whatever the method, where the drug has a firm curve. */
    private final OccupancyModel estimate;
    private final String pace;

    Reductions(TaperRequest r, Phase phase, PlanDraft draft) {
        this.r = r;
        this.phase = phase;
        this.draft = draft;
        this.estimate = phase.drug().facts().occupancy().map(Cited::value).orElse(null);
        this.model = r.method() == TaperMethod.HYPERBOLIC ? estimate : null;
        this.pace = r.pacePercent().stripTrailingZeros().toPlainString() + "%";
    }

    /** Writes the steps; {@code requestedFinal} is the clinician's final dose in the phase's drug, or null. */
    void write(BigDecimal requestedFinal) {
        explainMethod();
        long last = FinalDose.choose(r, phase, model, requestedFinal, draft);
        draft.plannedFinal(last);
        long current = phase.startUnits();
        long linearCut = Math.max(1, Milligrams.units(Milligrams.asDouble(current) * r.pacePercent().doubleValue() / 100));
        for (int i = 1; r.method() == TaperMethod.LINEAR ? phase.startUnits() - i * linearCut > 0 : current > last; i++) {
            if (draft.stepCount() >= MAX_STEPS) {
                draft.problem("The plan would need more than " + MAX_STEPS + " steps; choose a larger pace.");
                return;
            }
            long lowest = r.method() == TaperMethod.LINEAR ? 1 : Milligrams.afterCut(current, r.pacePercent());
            Target target = r.method() == TaperMethod.LINEAR
                    ? new Target(phase.startUnits() - i * linearCut, StepLimit.LINEAR_STEP)
                    : target(current, lowest, last);
            DailyComposer.Day day = phase.composer().choose(target.units(), lowest, current);
            if (day == null) {
                draft.problem(cannotReduce(current));
                return;
            }
            reduce(current, target, day);
            current = day.units();
        }
        stop(current);
    }

    private void explainMethod() {
        switch (r.method()) {
            case HYPERBOLIC -> {
                if (model != null) {
                    draft.explain("Hyperbolic: each step lowers the estimated " + model.target().label() + " occupancy by "
                            + r.occupancyStepPoints().stripTrailingZeros().toPlainString() + " percentage points "
                            + "(Horowitz et al., Schizophr Bull 2021: a cut of one quarter of the most recent dose is about "
                            + "5 points), never cutting more than " + pace + " of the most recent dose. Occupancy is "
                            + "estimated from " + phase.drug().facts().occupancy().orElseThrow().source().title() + ".");
                } else {
                    draft.warn(phase.drug().name() + " has no checked dose–occupancy curve in the knowledge base, so "
                            + "this plan cannot step down by equal occupancy and reduces proportionally instead ("
                            + pace + " of the most recent dose per step).");
                }
            }
            case PROPORTIONAL -> draft.explain("Proportional: each step cuts " + pace + " of the most recent dose, so the "
                    + "cuts shrink as the dose falls (Horowitz et al., Schizophr Bull 2021: at most 10% of the most "
                    + "recent dose each month is an option people may prefer).");
            case LINEAR -> draft.warn("Linear: equal cuts in mg become large relative to the dose late in the taper; "
                    + "consider the hyperbolic or proportional method, whose cuts shrink with the dose.");
        }
    }

    private Target target(long current, long lowest, long last) {
        long byOccupancy = 0;
        if (model != null) {
            double now = model.occupancyPercent(Milligrams.asDouble(current));
            byOccupancy = Milligrams.units(model.milligramsFor(now - r.occupancyStepPoints().doubleValue()));
        }
        if (last >= lowest && last >= byOccupancy) {
            return new Target(last, StepLimit.FINAL_DOSE);
        }
        return lowest >= byOccupancy ? new Target(lowest, StepLimit.PACE)
                : new Target(byOccupancy, StepLimit.OCCUPANCY_STEP);
    }

    private void reduce(long current, Target target, DailyComposer.Day day) {
        BigDecimal cut = Milligrams.percent(current - day.units(), current);
        StringBuilder why = new StringBuilder("From " + Milligrams.text(current) + " to " + Milligrams.text(day.units())
                + " a day, a cut of " + cut.toPlainString() + "% of the most recent dose; set by "
                + target.limit().words() + ".");
        if (estimate != null) {
            why.append(" Estimated ").append(estimate.target().label()).append(" occupancy ")
                    .append(FinalDose.occupancy(estimate, current)).append("% → ")
                    .append(FinalDose.occupancy(estimate, day.units())).append("%.");
        }
        List<String> warnings = new ArrayList<>();
        BigDecimal gap = Milligrams.percent(day.units() - target.units(), target.units());
        if (gap.abs().compareTo(TaperStep.GAP_TOLERANCE_PERCENT) > 0) {
            warnings.add("The products cannot make " + Milligrams.text(target.units()) + " within 5%; the nearest they make is "
                    + Milligrams.text(day.units()) + " (" + gap.abs().toPlainString() + "% off).");
        }
        if (r.method() == TaperMethod.LINEAR && cut.compareTo(r.pacePercent()) > 0) {
            warnings.add("This cut is " + cut.toPlainString() + "% of the dose before it, more than " + pace
                    + ": late steps become large relative to the dose.");
        }
        draft.step(r.stepDays(), phase.drug().name(), target.units(), day.units(), phase.dosing(day),
                estimate == null ? null : FinalDose.occupancy(estimate, day.units()), target.limit(), why.toString(), warnings);
    }

    private void stop(long current) {
        String why = "Stop: from " + Milligrams.text(current) + " to 0 mg.";
        if (estimate != null) {
            why += " Estimated " + estimate.target().label() + " occupancy falls from " + FinalDose.occupancy(estimate, current)
                    + "% to 0%.";
        }
        draft.step(r.stepDays(), phase.drug().name(), 0, 0, List.of(), estimate == null ? null : BigDecimal.ZERO,
                StepLimit.STOP, why, List.of());
    }

    private String cannotReduce(long current) {
        String within = r.method() == TaperMethod.LINEAR ? "a smaller dose" : "a reduction within " + pace
                + " of the most recent dose";
        List<DrugProduct> liquids = TaperProducts.liquidsLeftOut(phase.drug(), phase.products());
        String add = liquids.isEmpty() ? "a pharmacy-compounded oral liquid" : "the "
                + liquids.stream().map(TaperProducts::liquidLabel).collect(Collectors.joining(" or the "))
                + " or a pharmacy-compounded oral liquid";
        return "Below " + Milligrams.text(current) + " the chosen products of " + phase.drug().name() + " cannot make "
                + within + "; add " + add + (r.compoundedMgPerMl() != null ? " of " + strength(current) : "") + ".";
    }

    /**
     * Which way the compounded liquid falls short: too strong to measure the cut in 0.1 mL, or too weak to give the
     * dose in the 10 mL each time of day may take ({@link DoseMaker#MAX_TENTHS_ML}).
     */
    private String strength(long current) {
        double mgPerMl = r.compoundedMgPerMl().doubleValue();
        double largestMg = mgPerMl * DoseMaker.MAX_TENTHS_ML / 10 * r.administrations().size();
        return Milligrams.asDouble(current) * (1 - r.pacePercent().doubleValue() / 100) > largestMg
                ? "higher concentration (at most 10 mL is measured at one time of day)" : "lower concentration";
    }

    /** A step's target dose in units and what set it. */
    private record Target(long units, StepLimit limit) {
    }
}
