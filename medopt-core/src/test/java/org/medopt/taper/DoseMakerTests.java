package org.medopt.taper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medopt.taper.TaperFixture.mg;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medopt.knowledge.DosageForm;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugProduct;
import org.medopt.knowledge.StrengthUnit;

@DisplayName("Making one time of day's dose from real products")
class DoseMakerTests {

    @ParameterizedTest(name = "{1} mg of {0} = {2}")
    @CsvSource(delimiter = '|', value = {
        "citalopram  | 12.6  | one 10 mg tablet + 1.3 mL of 10 mg/5 mL oral solution",
        "citalopram  | 30    | one 20 mg tablet + one 10 mg tablet",
        "risperidone | 2.5   | one 2 mg tablet + one 0.5 mg tablet",
        "risperidone | 2.3   | one 2 mg tablet + 0.3 mL of 1 mg/mL oral solution",
        "risperidone | 0.125 | half of a 0.25 mg tablet",
        "risperidone | 0.375 | one 0.25 mg tablet + half of a 0.25 mg tablet",
        "sertraline  | 62    | one 50 mg tablet + 0.6 mL of 20 mg/mL oral concentrate",
        "diazepam    | 9     | one 5 mg tablet + two 2 mg tablets",
        "diazepam    | 8.1   | one 5 mg tablet + one 2 mg tablet + 1.1 mL of 5 mg/5 mL oral solution"})
    @DisplayName("writes the simplest way with the drug's default products")
    void composes(String drug, String milligrams, String text) {
        assertThat(exactly(TaperFixture.CATALOG.byName(drug).orElseThrow(), milligrams, null)).isEqualTo(text);
    }

    @Test
    @DisplayName("uses a compounded liquid, measured in 0.1 mL, for amounts the marketed products cannot make")
    void compounded() {
        assertThat(exactly(TaperFixture.CITALOPRAM, "0.14", mg("0.1")))
                .isEqualTo("1.4 mL of 0.1 mg/mL compounded oral liquid");
    }

    @Nested
    @DisplayName("never splits")
    class NeverSplits {

        @Test
        @DisplayName("an unscored tablet: 5 mg cannot be made from citalopram's 10 mg tablets alone")
        void unscored() {
            DoseMaker maker = new DoseMaker(TaperFixture.CITALOPRAM.products().subList(0, 3), null, 400_000);
            assertThat(amounts(maker, "5")).doesNotContain(Milligrams.units(mg("5")));
            assertThat(maker.smallest()).isEqualTo(Milligrams.units(mg("10")));
        }

        @Test
        @DisplayName("an extended-release tablet or a capsule, even one marked scored")
        void extendedReleaseAndCapsules() {
            List<DrugProduct> products = List.of(product(DosageForm.TABLET_EXTENDED_RELEASE, "150"),
                    product(DosageForm.CAPSULE, "20"));
            DoseMaker maker = new DoseMaker(products, null, 4_000_000);
            assertThat(amounts(maker, "75")).doesNotContain(Milligrams.units(mg("75")));
            assertThat(maker.smallest()).isEqualTo(Milligrams.units(mg("20")));
        }
    }

    @Test
    @DisplayName("measures no more than 10 mL of liquid at one time")
    void liquidCap() {
        DoseMaker maker = new DoseMaker(List.of(TaperFixture.RISPERIDONE.products().get(6)), null, 200_000);
        assertThat(amounts(maker, "10")).contains(Milligrams.units(mg("10")));
        assertThat(amounts(maker, "10.1")).doesNotContain(Milligrams.units(mg("10.1")));
    }

    private static DrugProduct product(DosageForm form, String strength) {
        return new DrugProduct(form, mg(strength), StrengthUnit.MG, true);
    }

    private static List<Long> amounts(DoseMaker maker, String milligrams) {
        return maker.nearest(Milligrams.units(mg(milligrams)), 2).all().stream().map(Composition::units).toList();
    }

    private static String exactly(Drug drug, String milligrams, BigDecimal compounded) {
        long units = Milligrams.units(mg(milligrams));
        DoseMaker maker = new DoseMaker(TaperProducts.defaults(drug), compounded, units);
        return maker.nearest(units, 1).all().stream().filter(c -> c.units() == units).findFirst()
                .map(Composition::text).orElse("cannot be made");
    }
}
