package org.medopt.taper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medopt.knowledge.Cited;
import org.medopt.knowledge.DosageForm;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugCatalog;
import org.medopt.knowledge.DrugClass;
import org.medopt.knowledge.DrugFacts;
import org.medopt.knowledge.DrugProduct;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.knowledge.OccupancyModel;
import org.medopt.knowledge.OccupancyTarget;
import org.medopt.knowledge.StrengthUnit;
import org.medopt.knowledge.Verification;
import org.medopt.knowledge.WithdrawalRisk;
import org.medopt.medication.MedicationKind;

/**
 * Drugs for the planner tests, built in code while the shipped catalog's taper facts are being researched. Products
 * are the shipped catalog's (risperidone's 0.25 mg tablet marked scored here, to test halving); occupancy curves and
 * diazepam equivalences are the cited values of CLINICAL_REFERENCES sections 1 and 2.
 */
final class TaperFixture {

    static final LocalDate START = LocalDate.of(2027, 1, 4);
    static final KnowledgeSource PRODUCTS = source("test-products", "Products as in the shipped catalog (RxNorm SCDs)");
    static final KnowledgeSource SORENSEN = source("sorensen-2022", "Sørensen, Ruhé & Munkholm, Mol Psychiatry "
            + "2022;27:192-201, per-drug Emax/ED50 as transcribed into a public calculator");
    static final KnowledgeSource ASAM_ASHTON = source("asam-2025-table-7", "ASAM joint benzodiazepine tapering "
            + "guideline 2025, pocket guide Table 7");
    static final KnowledgeSource UNCHECKED = new KnowledgeSource("unchecked", "Nobody checked this", null,
            Verification.UNVERIFIED, null);

    static final Drug CITALOPRAM = drug("2556", "citalopram", Set.of(DrugClass.SSRI), WithdrawalRisk.MODERATE,
            occupancy("83.98", "2.33", SORENSEN), null, tablets("10", "20", "40"),
            liquid(DosageForm.ORAL_SOLUTION, "10", StrengthUnit.MG_PER_5ML));
    static final Drug FLUOXETINE = drug("4493", "fluoxetine", Set.of(DrugClass.SSRI), WithdrawalRisk.LOW,
            occupancy("86.12", "1.89", SORENSEN), null, tablets("10", "20", "60"),
            liquid(DosageForm.ORAL_SOLUTION, "20", StrengthUnit.MG_PER_5ML));
    static final Drug PAROXETINE = drug("32937", "paroxetine", Set.of(DrugClass.SSRI), WithdrawalRisk.HIGH,
            occupancy("97.14", "5.60", SORENSEN), null, tablets("10", "20", "30", "40"),
            liquid(DosageForm.ORAL_SUSPENSION, "10", StrengthUnit.MG_PER_5ML));
    static final Drug SERTRALINE = drug("36437", "sertraline", Set.of(DrugClass.SSRI), null,
            occupancy("92.01", "7.72", UNCHECKED), null, tablets("25", "50", "100"),
            liquid(DosageForm.ORAL_CONCENTRATE, "20", StrengthUnit.MG_PER_ML));
    static final Drug RISPERIDONE = drug("35636", "risperidone", Set.of(DrugClass.ANTIPSYCHOTIC), null, null, null,
            concat(List.of(new DrugProduct(DosageForm.TABLET, new BigDecimal("0.25"), StrengthUnit.MG, true)),
                    tablets("0.5", "1", "2", "3", "4")),
            liquid(DosageForm.ORAL_SOLUTION, "1", StrengthUnit.MG_PER_ML));
    static final Drug LORAZEPAM = drug("6470", "lorazepam", Set.of(DrugClass.BENZODIAZEPINE), WithdrawalRisk.HIGH,
            null, new Cited<>(BigDecimal.ONE, ASAM_ASHTON, "Ashton column: lorazepam 1 mg ≈ diazepam 10 mg"),
            tablets("0.5", "1", "2"), liquid(DosageForm.ORAL_CONCENTRATE, "2", StrengthUnit.MG_PER_ML));
    static final Drug ALPRAZOLAM = drug("596", "alprazolam", Set.of(DrugClass.BENZODIAZEPINE), WithdrawalRisk.HIGH,
            null, new Cited<>(BigDecimal.ONE, UNCHECKED, "not checked"), tablets("0.25", "0.5", "1", "2"));
    static final Drug DIAZEPAM = drug("3322", "diazepam", Set.of(DrugClass.BENZODIAZEPINE), WithdrawalRisk.HIGH, null,
            null, tablets("2", "5", "10"), liquid(DosageForm.ORAL_SOLUTION, "5", StrengthUnit.MG_PER_5ML),
            liquid(DosageForm.ORAL_CONCENTRATE, "5", StrengthUnit.MG_PER_ML));
    static final Drug ZOLPIDEM = drug("39993", "zolpidem", Set.of(DrugClass.Z_DRUG), null, null, null,
            tablets("5", "10"));

    static final DrugCatalog CATALOG = DrugCatalog.of("taper-test", List.of(CITALOPRAM, FLUOXETINE, PAROXETINE,
            SERTRALINE, RISPERIDONE, LORAZEPAM, ALPRAZOLAM, DIAZEPAM, ZOLPIDEM));
    static final TaperPlanner PLANNER = new TaperPlanner(CATALOG);

    private TaperFixture() {
    }

    static BigDecimal mg(String value) {
        return new BigDecimal(value);
    }

    static TaperRequest.Builder request(Drug drug, String dailyMg) {
        return TaperRequest.of(drug, mg(dailyMg), START);
    }

    static TaperPlan plan(TaperRequest.Builder request) {
        return PLANNER.plan(request.build());
    }

    /** The achievable daily doses of a plan's steps, stop included. */
    static List<BigDecimal> doses(TaperPlan plan) {
        return plan.steps().stream().map(TaperStep::milligrams).toList();
    }

    static List<BigDecimal> targets(TaperPlan plan) {
        return plan.steps().stream().map(TaperStep::targetMilligrams).toList();
    }

    private static KnowledgeSource source(String id, String title) {
        return new KnowledgeSource(id, title, null, Verification.SECONDARY, null);
    }

    private static Cited<OccupancyModel> occupancy(String emax, String ed50, KnowledgeSource source) {
        return new Cited<>(new OccupancyModel(OccupancyTarget.SEROTONIN_TRANSPORTER, mg(emax), mg(ed50)), source,
                "striatum");
    }

    private static List<DrugProduct> tablets(String... strengths) {
        return Arrays.stream(strengths).map(s -> new DrugProduct(DosageForm.TABLET, mg(s), StrengthUnit.MG, false))
                .toList();
    }

    private static DrugProduct liquid(DosageForm form, String strength, StrengthUnit unit) {
        return new DrugProduct(form, mg(strength), unit, false);
    }

    private static List<DrugProduct> concat(List<DrugProduct> a, List<DrugProduct> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Drug drug(String rxcui, String name, Set<DrugClass> classes, WithdrawalRisk risk,
            Cited<OccupancyModel> occupancy, Cited<BigDecimal> diazepam, List<DrugProduct> solids,
            DrugProduct... liquids) {
        List<DrugProduct> products = concat(solids, List.of(liquids));
        DrugFacts facts = new DrugFacts(List.of(), List.of(), null, List.of(), null,
                risk == null ? null : new Cited<>(risk, PRODUCTS, null), List.of(), occupancy, diazepam);
        return new Drug(rxcui, name, MedicationKind.PRESCRIPTION, true, List.of(), classes, products,
                Map.of("rxcui", PRODUCTS, "atc", PRODUCTS, "classes", PRODUCTS, "products", PRODUCTS), facts);
    }
}
