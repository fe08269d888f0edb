package org.medopt.taper;

import java.math.BigDecimal;
import java.util.List;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugCatalog;

/**
 * Plans a taper: dated steps from the current dose to zero by the chosen method, each made with real products. A
 * pure function of the request and the catalog: the same request always gives the same plan.
 */
public final class TaperPlanner {

    static final String DIAZEPAM = "diazepam";

    private final DrugCatalog catalog;

    public TaperPlanner(DrugCatalog catalog) {
        this.catalog = catalog;
    }

    /** The catalog drug with this RxNorm ingredient code or name; a clear error when there is none. */
    public Drug drug(String rxcuiOrName) {
        return catalog.byRxcui(rxcuiOrName.strip()).or(() -> catalog.byName(rxcuiOrName))
                .orElseThrow(() -> new InvalidTaperRequest("drug", "MedOpt's knowledge base (version "
                        + catalog.version() + ") has no drug named or coded '" + rxcuiOrName.strip()
                        + "'; check the name or the RxNorm ingredient code."));
    }

    /** The plan for {@code request}; incomplete, saying why, when the products cannot make a step within the pace. */
    public TaperPlan plan(TaperRequest request) {
        RequestCheck.check(request);
        long daily = Milligrams.units(request.dailyMilligrams());
        DoseMaker maker = new DoseMaker(request.products(), request.compoundedMgPerMl(), daily);
        RequestCheck.checkMakeable(request, maker);
        PlanDraft draft = new PlanDraft(request.start());
        Phase phase = new Phase(request.drug(), request.products(), new DailyComposer(maker, shares(request)),
                request.administrations().stream().map(Administration::time).toList(), daily);
        BigDecimal finalDose = request.finalMilligrams();
        if (request.switchToDiazepam()) {
            Drug diazepam = catalog.byName(DIAZEPAM).orElseThrow(() -> new InvalidTaperRequest("switchToDiazepam",
                    "The knowledge base has no diazepam entry, so MedOpt cannot plan a switch to it."));
            phase = DiazepamSwitch.write(request, phase, diazepam, draft);
            finalDose = finalDose == null ? null : DiazepamSwitch.toDiazepam(request, finalDose);
        }
        draft.explain("Each dose is held for " + request.stepDays() + " days before the next cut. Every step is a "
                + "proposal to talk over: hold or slow down when withdrawal symptoms appear (ASAM joint guideline 2025: "
                + "evaluate withdrawal at each step and slow or pause when it is significant; Horowitz et al. 2021: "
                + "titrate to tolerance).");
        BenzodiazepinePace.check(request, draft);
        new Reductions(request, phase, draft).write(finalDose);
        return draft.plan(request.drug().name(), request.method());
    }

    private static double[] shares(TaperRequest r) {
        List<Administration> times = r.administrations();
        double daily = r.dailyMilligrams().doubleValue();
        return times.stream().mapToDouble(a -> a.milligrams().doubleValue() / daily).toArray();
    }
}
