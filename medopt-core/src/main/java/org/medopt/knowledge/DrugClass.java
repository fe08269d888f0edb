package org.medopt.knowledge;

import org.medopt.shared.Coded;

/** The closed vocabulary of drug classes that catalog entries and rules refer to. */
public enum DrugClass implements Coded {
    ANTIDEPRESSANT("antidepressant"),
    SSRI("ssri"),
    SNRI("snri"),
    TRICYCLIC_ANTIDEPRESSANT("tricyclic-antidepressant"),
    MAOI("maoi"),
    ATYPICAL_ANTIDEPRESSANT("atypical-antidepressant"),
    ANTIPSYCHOTIC("antipsychotic"),
    ANTIPSYCHOTIC_FIRST_GENERATION("antipsychotic-first-generation"),
    ANTIPSYCHOTIC_SECOND_GENERATION("antipsychotic-second-generation"),
    MOOD_STABILIZER("mood-stabilizer"),
    ANTICONVULSANT("anticonvulsant"),
    BENZODIAZEPINE("benzodiazepine"),
    Z_DRUG("z-drug"),
    HYPNOTIC("hypnotic"),
    ANXIOLYTIC("anxiolytic"),
    GABAPENTINOID("gabapentinoid"),
    ADHD_STIMULANT("adhd-stimulant"),
    ADHD_NON_STIMULANT("adhd-non-stimulant"),
    ALPHA_2_AGONIST("alpha-2-agonist"),
    OPIOID_USE_DISORDER_TREATMENT("opioid-use-disorder-treatment"),
    ALCOHOL_USE_DISORDER_TREATMENT("alcohol-use-disorder-treatment"),
    OPIOID_AGONIST("opioid-agonist"),
    OPIOID_ANTAGONIST("opioid-antagonist"),
    ANTICHOLINERGIC_ANTIPARKINSON("anticholinergic-antiparkinson"),
    OPIOID_ANALGESIC("opioid-analgesic"),
    TRIPTAN("triptan"),
    NSAID("nsaid"),
    ACE_INHIBITOR("ace-inhibitor"),
    ANGIOTENSIN_RECEPTOR_BLOCKER("angiotensin-receptor-blocker"),
    THIAZIDE_DIURETIC("thiazide-diuretic"),
    LOOP_DIURETIC("loop-diuretic"),
    OXAZOLIDINONE_ANTIBIOTIC("oxazolidinone-antibiotic"),
    MACROLIDE_ANTIBIOTIC("macrolide-antibiotic"),
    FLUOROQUINOLONE_ANTIBIOTIC("fluoroquinolone-antibiotic"),
    ANTIARRHYTHMIC("antiarrhythmic"),
    AZOLE_ANTIFUNGAL("azole-antifungal"),
    RIFAMYCIN("rifamycin"),
    ANTICOAGULANT("anticoagulant"),
    ANTIPLATELET("antiplatelet"),
    HORMONAL_CONTRACEPTIVE("hormonal-contraceptive"),
    PROTON_PUMP_INHIBITOR("proton-pump-inhibitor"),
    H2_ANTAGONIST("h2-antagonist"),
    ANTIHISTAMINE("antihistamine"),
    ANTIDIABETIC("antidiabetic"),
    THYROID_HORMONE("thyroid-hormone"),
    STATIN("statin"),
    BETA_BLOCKER("beta-blocker"),
    ALPHA_1_BLOCKER("alpha-1-blocker"),
    ANTIEMETIC("antiemetic"),
    ANTITUSSIVE("antitussive"),
    DECONGESTANT("decongestant"),
    SMOKING_CESSATION("smoking-cessation"),
    HERBAL("herbal"),
    SUPPLEMENT("supplement"),
    MELATONIN_RECEPTOR_AGONIST("melatonin-receptor-agonist"),
    POTASSIUM_SPARING_DIURETIC("potassium-sparing-diuretic"),
    ANTIMALARIAL("antimalarial"),
    ANTIDOTE("antidote");

    private final String code;

    DrugClass(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
