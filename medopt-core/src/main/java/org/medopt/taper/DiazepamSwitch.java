package org.medopt.taper;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.medopt.knowledge.Cited;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugProduct;

/**
 * Writes the switch from a benzodiazepine or z-drug to diazepam, one time of day a week, by the knowledge base's cited
 * equivalence; the taper then continues on diazepam.
 */
final class DiazepamSwitch {

    /** The equivalence tables give each drug's dose equivalent to this much diazepam (ASAM 2025 pocket guide Table 7). */
    static final BigDecimal DIAZEPAM_REFERENCE_MG = BigDecimal.TEN;
    /**
     * One time of day a week: the ASAM joint guideline (J Gen Intern Med 2025) advises switching over 1–2 weeks
     * rather than 1–2 days.
     */
    static final int DAYS_PER_SWITCH = 7;

    private DiazepamSwitch() {
    }

    /** The diazepam daily dose equivalent to {@code milligrams} of the request's drug. */
    static BigDecimal toDiazepam(TaperRequest r, BigDecimal milligrams) {
        return milligrams.multiply(DIAZEPAM_REFERENCE_MG).divide(equivalence(r).value(), MathContext.DECIMAL64);
    }

    private static Cited<BigDecimal> equivalence(TaperRequest r) {
        return r.drug().facts().diazepamEquivalence().orElseThrow();
    }

    /** Writes the switch steps into {@code draft} and gives the diazepam phase the reductions start from. */
    static Phase write(TaperRequest r, Phase original, Drug diazepam, PlanDraft draft) {
        List<DrugProduct> products = TaperProducts.defaults(diazepam);
        long exactDaily = Milligrams.units(toDiazepam(r, r.dailyMilligrams()));
        DoseMaker maker = new DoseMaker(products, null, 2 * exactDaily + 10 * Milligrams.PER_MG);
        List<Composition> diazepamParts = new ArrayList<>();
        List<Long> exact = new ArrayList<>();
        for (Administration a : r.administrations()) {
            long wanted = Milligrams.units(toDiazepam(r, a.milligrams()));
            exact.add(wanted);
            Composition made = nearestAbove0(maker, wanted);
            if (made == null || Math.abs(made.units() - wanted) * 100 > wanted * TaperStep.GAP_TOLERANCE_PERCENT.longValue()) {
                throw new InvalidTaperRequest("switchToDiazepam", "Diazepam " + Milligrams.text(wanted) + " at '"
                        + a.time() + "' cannot be made within 5% from diazepam's products (at most four tablets and "
                        + "10 mL of liquid at one time); split the dose over more times of day or switch by hand.");
            }
            diazepamParts.add(made);
        }
        Cited<BigDecimal> eq = equivalence(r);
        String name = r.drug().name();
        String basis = name + " " + eq.value().stripTrailingZeros().toPlainString() + " mg ≈ diazepam 10 mg ("
                + eq.source().title() + (eq.note() == null ? "" : "; " + eq.note()) + "). Conversions between these "
                + "drugs are approximate: watch for drowsiness or withdrawal and adjust. The ASAM joint guideline (2025) "
                + "advises switching over 1–2 weeks rather than 1–2 days.";
        int n = original.times().size();
        long switched = 0;
        for (int j = 1; j <= n; j++) {
            List<Dosing> dosing = new ArrayList<>();
            long achieved = 0;
            for (int i = 0; i < n; i++) {
                Administration a = r.administrations().get(i);
                if (i < j) {
                    Composition c = diazepamParts.get(i);
                    dosing.add(new Dosing(a.time(), diazepam.name(), Milligrams.of(c.units()), c.text()));
                    achieved += c.units();
                } else {
                    dosing.add(new Dosing(a.time(), name, a.milligrams(), asTakenNow(original, a)));
                    achieved += exact.get(i);
                }
            }
            Administration replaced = r.administrations().get(j - 1);
            String why = "Switch to diazepam" + (n > 1 ? ", week " + j + " of " + n : " (taken once a day, so in one step)")
                    + ": the " + replaced.time() + " dose of " + name + " (" + Milligrams.text(Milligrams.units(
                    replaced.milligrams())) + ") becomes diazepam " + Milligrams.text(diazepamParts.get(j - 1).units())
                    + ". Basis: " + basis + (j == n ? " Held for one full step before the first cut." : "");
            draft.step(j < n ? DAYS_PER_SWITCH : r.stepDays(), j < n ? name + " and diazepam" : diazepam.name(),
                    exactDaily, achieved, dosing, null, StepLimit.DIAZEPAM_SWITCH, why, List.of());
            switched = achieved;
        }
        draft.explain("Switch to diazepam first: " + name + " " + Milligrams.text(Milligrams.units(r.dailyMilligrams()))
                + " a day ≈ diazepam " + Milligrams.text(exactDaily) + " a day, made as " + Milligrams.text(switched)
                + " with diazepam's products; daily doses from then on are diazepam mg.");
        double[] shares = diazepamParts.stream().mapToDouble(c -> c.units() / (double) Math.max(1, sum(diazepamParts)))
                .toArray();
        return new Phase(diazepam, products, new DailyComposer(maker, shares), original.times(), switched);
    }

    private static Composition nearestAbove0(DoseMaker maker, long wanted) {
        Composition best = null;
        for (Composition c : maker.nearest(wanted, 1).all()) {
            long distance = Math.abs(c.units() - wanted);
            if (c.units() > 0 && (best == null || distance < Math.abs(best.units() - wanted)
                    || (distance == Math.abs(best.units() - wanted) && c.units() > best.units()))) {
                best = c;
            }
        }
        return best;
    }

    private static String asTakenNow(Phase original, Administration a) {
        long units = Milligrams.units(a.milligrams());
        return original.composer().maker().nearest(units, 1).all().stream().filter(c -> c.units() == units)
                .findFirst().map(Composition::text).orElse("as taken now");
    }

    private static long sum(List<Composition> parts) {
        return parts.stream().mapToLong(Composition::units).sum();
    }
}
