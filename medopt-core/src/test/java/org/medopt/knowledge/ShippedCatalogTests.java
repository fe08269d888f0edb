package org.medopt.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.medopt.medication.MedicationKind;

@DisplayName("The shipped drug catalog")
class ShippedCatalogTests {

    private static final DrugCatalog CATALOG = DrugCatalog.load();

    @Test
    @DisplayName("is versioned and lists at least 60 psychotropics and 40 co-medications")
    void coversEnoughDrugs() {
        List<Drug> psychotropics = CATALOG.drugs().stream().filter(Drug::psychotropic).toList();
        assertThat(CATALOG.version()).isNotBlank();
        assertThat(psychotropics).hasSizeGreaterThanOrEqualTo(60);
        assertThat(CATALOG.drugs().size() - psychotropics.size()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DrugClass.class, names = {"SSRI", "SNRI", "TRICYCLIC_ANTIDEPRESSANT", "MAOI",
        "ANTIPSYCHOTIC_FIRST_GENERATION", "ANTIPSYCHOTIC_SECOND_GENERATION", "MOOD_STABILIZER", "BENZODIAZEPINE",
        "Z_DRUG", "ADHD_STIMULANT", "ADHD_NON_STIMULANT", "OPIOID_USE_DISORDER_TREATMENT", "ALCOHOL_USE_DISORDER_TREATMENT",
        "OPIOID_ANALGESIC", "TRIPTAN", "NSAID", "ACE_INHIBITOR", "ANGIOTENSIN_RECEPTOR_BLOCKER", "THIAZIDE_DIURETIC",
        "OXAZOLIDINONE_ANTIBIOTIC", "ANTIARRHYTHMIC", "ANTICOAGULANT", "HORMONAL_CONTRACEPTIVE"})
    @DisplayName("has members of each group the issue names")
    void coversGroup(DrugClass group) {
        assertThat(CATALOG.drugs()).anyMatch(d -> d.isA(group));
    }

    @Test
    @DisplayName("gives every prescription and OTC drug an ATC code and a marketed product, and every fact a source")
    void everyFactCited() {
        assertThat(CATALOG.drugs()).allSatisfy(drug -> {
            if (drug.kind() == MedicationKind.PRESCRIPTION || drug.kind() == MedicationKind.OVER_THE_COUNTER) {
                assertThat(drug.atc()).as(drug.name()).isNotEmpty();
                assertThat(drug.products()).as(drug.name()).isNotEmpty();
            }
            List.of("rxcui", "atc", "classes", "products")
                    .forEach(fact -> assertThat(drug.citationFor(fact).title()).as(drug.name() + " " + fact).isNotBlank());
        });
    }

    @Test
    @DisplayName("includes herbal products and supplements people take alongside psychiatric medication")
    void includesSelfCare() {
        assertThat(CATALOG.byName("st. john's wort")).map(Drug::kind).contains(MedicationKind.HERBAL);
        assertThat(CATALOG.byName("melatonin")).map(Drug::kind).contains(MedicationKind.SUPPLEMENT);
    }

    @DisplayName("matches the WHO ATC index for well-known psychotropics")
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "sertraline, N06AB06", "fluoxetine, N06AB03", "citalopram, N06AB04", "escitalopram, N06AB10",
        "venlafaxine, N06AX16", "mirtazapine, N06AX11", "clozapine, N05AH02", "olanzapine, N05AH03",
        "quetiapine, N05AH04", "risperidone, N05AX08", "aripiprazole, N05AX12", "haloperidol, N05AD01",
        "lithium carbonate, N05AN01", "lamotrigine, N03AX09", "diazepam, N05BA01", "lorazepam, N05BA06",
        "zolpidem, N05CF02", "methylphenidate, N06BA04", "atomoxetine, N06BA09"
    })
    void atcMatchesWho(String name, String atc) {
        assertThat(CATALOG.byName(name).orElseThrow().atc()).contains(atc);
    }
}
