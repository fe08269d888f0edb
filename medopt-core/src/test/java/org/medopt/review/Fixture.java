package org.medopt.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.medopt.knowledge.Cited;
import org.medopt.knowledge.DoseLimit;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugCatalog;
import org.medopt.knowledge.DrugClass;
import org.medopt.knowledge.DrugFacts;
import org.medopt.knowledge.EffectStrength;
import org.medopt.knowledge.Enzyme;
import org.medopt.knowledge.EnzymeEffect;
import org.medopt.knowledge.EnzymeRole;
import org.medopt.knowledge.KnowledgeBase;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.knowledge.Mechanism;
import org.medopt.knowledge.ReviewRules;
import org.medopt.knowledge.StrengthUnit;
import org.medopt.knowledge.Verification;
import org.medopt.knowledge.WithdrawalRisk;
import org.medopt.medication.MedicationKind;
import org.medopt.person.AgeGroup;
import org.medopt.person.Sex;

/**
 * A test catalog of real drug names, RxNorm and ATC codes with per-drug facts built in code (the shipped catalog's facts
 * are still being gathered), under the shipped review rules. Facts cite a "test" source that is secondary, so rules
 * fire on them; {@link #unverified()} gives the same catalog with every fact and code unverified.
 */
final class Fixture {

    static final LocalDate REVIEW_DATE = LocalDate.of(2026, 11, 23);
    static final KnowledgeSource FACT = new KnowledgeSource("test-facts", "Facts built for the engine tests", null,
            Verification.SECONDARY, null);
    static final KnowledgeSource UNSURE = new KnowledgeSource("test-unsure", "Facts nobody checked", null,
            Verification.UNVERIFIED, null);

    static final KnowledgeBase KNOWLEDGE = knowledge(FACT);

    private Fixture() {
    }

    static KnowledgeBase unverified() {
        return knowledge(UNSURE);
    }

    /** The fixture drugs under the rules of {@code resource}, whose version the catalog takes. */
    static KnowledgeBase withRules(String resource, String version) {
        DrugCatalog catalog = DrugCatalog.of(version, drugs(FACT));
        return KnowledgeBase.of(catalog, ReviewRules.load(resource, catalog));
    }

    private static KnowledgeBase knowledge(KnowledgeSource source) {
        String version = KnowledgeBase.load().version();
        DrugCatalog catalog = DrugCatalog.of(version, drugs(source));
        return KnowledgeBase.of(catalog, ReviewRules.load(ReviewRules.DEFAULT_RESOURCE, catalog));
    }

    private static List<Drug> drugs(KnowledgeSource s) {
        return List.of(
                drug(s, "8123", "phenelzine", "N06AF03", f -> f.mechanism(Mechanism.MONOAMINE_OXIDASE_INHIBITION), DrugClass.MAOI),
                drug(s, "36437", "sertraline", "N06AB06", f -> f.mechanism(Mechanism.SEROTONERGIC).withdrawal(WithdrawalRisk.MODERATE)
                        .limit(AgeGroup.ADULT, 200), DrugClass.SSRI),
                drug(s, "4493", "fluoxetine", "N06AB03", f -> f.mechanism(Mechanism.SEROTONERGIC)
                        .enzyme(Enzyme.CYP2D6, EnzymeRole.INHIBITOR, EffectStrength.STRONG), DrugClass.SSRI),
                drug(s, "32937", "paroxetine", "N06AB05", f -> f.mechanism(Mechanism.SEROTONERGIC).anticholinergic(3)
                        .withdrawal(WithdrawalRisk.HIGH), DrugClass.SSRI),
                drug(s, "2556", "citalopram", "N06AB04", f -> f.mechanism(Mechanism.SEROTONERGIC)
                        .mechanism(Mechanism.QT_PROLONGATION_KNOWN_RISK)
                        .limit(AgeGroup.ADULT, 40).limit(AgeGroup.OLDER_ADULT, 20), DrugClass.SSRI),
                drug(s, "42355", "fluvoxamine", "N06AB08", f -> f.mechanism(Mechanism.SEROTONERGIC)
                        .enzyme(Enzyme.CYP1A2, EnzymeRole.INHIBITOR, EffectStrength.STRONG), DrugClass.SSRI),
                drug(s, "704", "amitriptyline", "N06AA09", f -> f.anticholinergic(3), DrugClass.TRICYCLIC_ANTIDEPRESSANT),
                drug(s, "42347", "bupropion", "N06AX12", f -> f, DrugClass.ATYPICAL_ANTIDEPRESSANT),
                drug(s, "10689", "tramadol", "N02AX02", f -> f.mechanism(Mechanism.SEROTONERGIC), DrugClass.OPIOID_ANALGESIC),
                drug(s, "7804", "oxycodone", "N02AA05", f -> f, DrugClass.OPIOID_ANALGESIC),
                drug(s, "725", "amphetamine", "N06BA01", f -> f.mechanism(Mechanism.SYMPATHOMIMETIC), DrugClass.ADHD_STIMULANT),
                drug(s, "37418", "sumatriptan", "N02CC01", f -> f, DrugClass.TRIPTAN),
                drug(s, "6470", "lorazepam", "N05BA06", f -> f.mechanism(Mechanism.CNS_DEPRESSION).withdrawal(WithdrawalRisk.HIGH),
                        DrugClass.BENZODIAZEPINE),
                drug(s, "596", "alprazolam", "N05BA12", f -> f.mechanism(Mechanism.CNS_DEPRESSION).anticholinergic(1),
                        DrugClass.BENZODIAZEPINE),
                drug(s, "39993", "zolpidem", "N05CF02", f -> f.mechanism(Mechanism.CNS_DEPRESSION), DrugClass.Z_DRUG),
                drug(s, "596205", "ramelteon", "N05CH02", f -> f.enzyme(Enzyme.CYP1A2, EnzymeRole.SUBSTRATE, EffectStrength.STRONG),
                        DrugClass.MELATONIN_RECEPTOR_AGONIST),
                drug(s, "11118", "valproic acid", "N03AG01", f -> f.monitoring("valproate"), DrugClass.MOOD_STABILIZER),
                drug(s, "28439", "lamotrigine", "N03AX09", f -> f, DrugClass.MOOD_STABILIZER),
                drug(s, "2002", "carbamazepine", "N03AF01", f -> f.enzyme(Enzyme.CYP3A4, EnzymeRole.INDUCER, EffectStrength.STRONG)
                        .monitoring("carbamazepine"), DrugClass.MOOD_STABILIZER),
                drug(s, "42351", "lithium carbonate", "N05AN01", f -> f.mechanism(Mechanism.NARROW_THERAPEUTIC_INDEX)
                        .monitoring("lithium"), DrugClass.MOOD_STABILIZER),
                drug(s, "5487", "hydrochlorothiazide", "C03AA03", f -> f.mechanism(Mechanism.LITHIUM_CLEARANCE_REDUCTION),
                        DrugClass.THIAZIDE_DIURETIC),
                drug(s, "1886", "caffeine", "N06BC01", f -> f.mechanism(Mechanism.LITHIUM_CLEARANCE_INCREASE), DrugClass.SUPPLEMENT),
                drug(s, "2626", "clozapine", "N05AH02", f -> f.enzyme(Enzyme.CYP1A2, EnzymeRole.SUBSTRATE, EffectStrength.MODERATE)
                        .mechanism(Mechanism.NARROW_THERAPEUTIC_INDEX).anticholinergic(3)
                        .monitoring("clozapine-anc").monitoring("antipsychotic-metabolic"), DrugClass.ANTIPSYCHOTIC),
                drug(s, "51272", "quetiapine", "N05AH04", f -> f.enzyme(Enzyme.CYP3A4, EnzymeRole.SUBSTRATE, EffectStrength.STRONG)
                        .monitoring("antipsychotic-metabolic"), DrugClass.ANTIPSYCHOTIC),
                drug(s, "35636", "risperidone", "N05AX08", f -> f.monitoring("antipsychotic-metabolic"), DrugClass.ANTIPSYCHOTIC),
                drug(s, "26225", "ondansetron", "A04AA01", f -> f.mechanism(Mechanism.QT_PROLONGATION_KNOWN_RISK), DrugClass.ANTIEMETIC),
                drug(s, "40114", "guanfacine", "C02AC02", f -> f, DrugClass.ALPHA_2_AGONIST),
                drug(s, "2599", "clonidine", "C02AC01", f -> f, DrugClass.ALPHA_2_AGONIST),
                drug(s, "6901", "methylphenidate", "N06BA04", f -> f.mechanism(Mechanism.SYMPATHOMIMETIC), DrugClass.ADHD_STIMULANT),
                nonPsychotropic(s, "6809", "metformin", "A10BA02", DrugClass.ANTIDIABETIC),
                nonPsychotropic(s, "83367", "atorvastatin", "C10AA05", DrugClass.STATIN));
    }

    private static Drug drug(KnowledgeSource s, String rxcui, String name, String atc, UnaryOperator<Facts> facts,
            DrugClass... classes) {
        return new Drug(rxcui, name, MedicationKind.PRESCRIPTION, !Set.of("C03AA03", "N06BC01", "A04AA01", "N02AX02",
                "N02AA05", "N02CC01").contains(atc), List.of(atc), Set.of(classes), List.of(),
                Map.of("rxcui", s, "atc", s, "classes", s, "products", s), facts.apply(new Facts(s)).build());
    }

    private static Drug nonPsychotropic(KnowledgeSource s, String rxcui, String name, String atc, DrugClass drugClass) {
        return new Drug(rxcui, name, MedicationKind.PRESCRIPTION, false, List.of(atc), Set.of(drugClass), List.of(),
                Map.of("rxcui", s, "atc", s, "classes", s, "products", s), DrugFacts.NONE);
    }

    /** The rxcui of a fixture drug by name. */
    static String rxcui(String name) {
        return KNOWLEDGE.catalog().byName(name).orElseThrow().rxcui();
    }

    /** A medicine taken since a year before the review date, without a known dose. */
    static ReviewedMedication taking(String name) {
        return new ReviewedMedication(rxcui(name), name, null, REVIEW_DATE.minusYears(1), null);
    }

    static ReviewedMedication taking(String name, int mgPerDay) {
        return new ReviewedMedication(rxcui(name), name, new DailyDose(BigDecimal.valueOf(mgPerDay), StrengthUnit.MG),
                REVIEW_DATE.minusYears(1), null);
    }

    static ReviewedMedication startedDaysAgo(String name, int days) {
        return new ReviewedMedication(rxcui(name), name, null, REVIEW_DATE.minusDays(days), null);
    }

    static ReviewedMedication stoppingInDays(String name, int days) {
        return new ReviewedMedication(rxcui(name), name, null, REVIEW_DATE.minusYears(1), REVIEW_DATE.plusDays(days));
    }

    static PersonContext adult() {
        return aged(40);
    }

    static PersonContext aged(int years) {
        return person(years, Sex.MALE, false, List.of(), List.of());
    }

    static PersonContext person(int years, Sex sex, boolean pregnant, List<Condition> conditions,
            List<Observation> observations) {
        return new PersonContext(REVIEW_DATE, REVIEW_DATE.minusYears(years).minusDays(10), sex, pregnant, conditions,
                observations);
    }

    static List<ReviewedMedication> list(ReviewedMedication... medications) {
        return new ArrayList<>(Arrays.asList(medications));
    }

    /** Builds a drug's facts, each citing the same source. */
    static final class Facts {
        private final KnowledgeSource source;
        private final List<Cited<Mechanism>> mechanisms = new ArrayList<>();
        private final List<Cited<EnzymeEffect>> enzymes = new ArrayList<>();
        private final List<Cited<DoseLimit>> limits = new ArrayList<>();
        private final List<Cited<String>> monitoring = new ArrayList<>();
        private Cited<Integer> anticholinergic;
        private Cited<WithdrawalRisk> withdrawal;

        Facts(KnowledgeSource source) {
            this.source = source;
        }

        Facts mechanism(Mechanism mechanism) {
            mechanisms.add(new Cited<>(mechanism, source, null));
            return this;
        }

        Facts enzyme(Enzyme enzyme, EnzymeRole role, EffectStrength strength) {
            enzymes.add(new Cited<>(new EnzymeEffect(enzyme, role, strength), source, null));
            return this;
        }

        Facts limit(AgeGroup group, int mg) {
            limits.add(new Cited<>(new DoseLimit(group, BigDecimal.valueOf(mg), StrengthUnit.MG), source, null));
            return this;
        }

        Facts anticholinergic(int score) {
            anticholinergic = new Cited<>(score, source, null);
            return this;
        }

        Facts withdrawal(WithdrawalRisk risk) {
            withdrawal = new Cited<>(risk, source, null);
            return this;
        }

        Facts monitoring(String protocol) {
            monitoring.add(new Cited<>(protocol, source, null));
            return this;
        }

        DrugFacts build() {
            return new DrugFacts(mechanisms, enzymes, anticholinergic, limits, null, withdrawal, monitoring, null, null);
        }
    }
}
