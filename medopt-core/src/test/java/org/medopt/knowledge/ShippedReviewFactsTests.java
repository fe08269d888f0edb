package org.medopt.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.person.AgeGroup;

@DisplayName("The shipped catalog's review facts")
class ShippedReviewFactsTests {

    private static final DrugCatalog CATALOG = DrugCatalog.load();

    @Test
    @DisplayName("limit citalopram to 40 mg a day, and to 20 mg for older adults (FDA drug safety communications 2011 and 2012)")
    void citalopramLimits() {
        assertThat(limits("citalopram")).containsExactlyInAnyOrder(
                new DoseLimit(AgeGroup.ADULT, new BigDecimal("40"), StrengthUnit.MG),
                new DoseLimit(AgeGroup.OLDER_ADULT, new BigDecimal("20"), StrengthUnit.MG));
    }

    @Test
    @DisplayName("mark every MAOI and linezolid as inhibiting monoamine oxidase (Phansalkar 2012; FDA 2011 on linezolid)")
    void monoamineOxidaseInhibitors() {
        List<Drug> inhibitors = CATALOG.drugs().stream().filter(d -> d.isA(DrugClass.MAOI)).toList();
        assertThat(inhibitors).extracting(Drug::name).contains("phenelzine", "tranylcypromine", "isocarboxazid");
        assertThat(inhibitors).allSatisfy(d ->
                assertThat(d.facts().mechanism(Mechanism.MONOAMINE_OXIDASE_INHIBITION)).as(d.name()).isPresent());
        assertThat(fact("linezolid", Mechanism.MONOAMINE_OXIDASE_INHIBITION)).isPresent();
    }

    @Test
    @DisplayName("mark every benzodiazepine as a CNS depressant (FDA boxed warning on benzodiazepines with opioids, 2016)")
    void benzodiazepinesDepressTheCns() {
        assertThat(CATALOG.drugs().stream().filter(d -> d.isA(DrugClass.BENZODIAZEPINE))).isNotEmpty().allSatisfy(d ->
                assertThat(d.facts().mechanism(Mechanism.CNS_DEPRESSION)).as(d.name()).isPresent());
    }

    @Test
    @DisplayName("call for ANC monitoring on clozapine (clozapine label) and metabolic monitoring on it (ADA/APA 2004)")
    void clozapineMonitoring() {
        assertThat(drug("clozapine").facts().monitoring()).extracting(Cited::value)
                .contains("clozapine-anc", "antipsychotic-metabolic");
    }

    private static List<DoseLimit> limits(String name) {
        return drug(name).facts().maximumDailyDoses().stream().map(Cited::value).toList();
    }

    private static Optional<Cited<Mechanism>> fact(String name, Mechanism mechanism) {
        return drug(name).facts().mechanism(mechanism);
    }

    private static Drug drug(String name) {
        return CATALOG.byName(name).orElseThrow();
    }
}
