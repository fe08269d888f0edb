package org.medopt.taper;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medopt.taper.TaperFixture.ALPRAZOLAM;
import static org.medopt.taper.TaperFixture.CITALOPRAM;
import static org.medopt.taper.TaperFixture.PLANNER;
import static org.medopt.taper.TaperFixture.RISPERIDONE;
import static org.medopt.taper.TaperFixture.ZOLPIDEM;
import static org.medopt.taper.TaperFixture.mg;
import static org.medopt.taper.TaperFixture.request;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.knowledge.DosageForm;
import org.medopt.knowledge.DrugProduct;
import org.medopt.knowledge.StrengthUnit;

@DisplayName("A taper request is refused with a message a clinician can act on when")
class BadTaperRequestTests {

    @Test
    @DisplayName("the dose is below the smallest amount the chosen products make")
    void belowSmallestProduct() {
        refused(() -> PLANNER.plan(request(RISPERIDONE, "0.1").products(RISPERIDONE.products().subList(0, 6)).build()),
                "dailyMilligrams", "The dose of 0.1 mg at 'each day' is less than the smallest amount the chosen "
                        + "products of risperidone can make (0.125 mg).");
    }

    @Test
    @DisplayName("the drug is not in the knowledge base")
    void unknownDrug() {
        refused(() -> PLANNER.drug("xanadine"), "drug",
                "MedOpt's knowledge base (version taper-test) has no drug named or coded 'xanadine'");
    }

    @Test
    @DisplayName("the pace is 0%")
    void paceZero() {
        refused(() -> request(CITALOPRAM, "20").pace(mg("0")).build(), "pace",
                "The pace must be more than 0% and at most 50% of the most recent dose per step; it was 0%.");
    }

    @Test
    @DisplayName("the pace is above 50%")
    void paceTooLarge() {
        refused(() -> request(CITALOPRAM, "20").pace(mg("60")).build(), "pace", "it was 60%.");
    }

    @Test
    @DisplayName("a step is shorter than a week")
    void shortStep() {
        refused(() -> request(CITALOPRAM, "20").stepDays(5).build(), "stepDays",
                "Each step must last at least one week (7 days); it was 5 days.");
    }

    @Test
    @DisplayName("the daily dose is not above zero")
    void zeroDose() {
        refused(() -> request(CITALOPRAM, "0").build(), "dailyMilligrams",
                "The current daily dose of citalopram must be more than 0 mg; it was 0 mg.");
    }

    @Test
    @DisplayName("the times of day do not add up to the daily dose")
    void splitDoesNotAddUp() {
        refused(() -> request(CITALOPRAM, "15").takenAs(Administration.of("morning", "10"),
                Administration.of("evening", "4")).build(), "administrations",
                "The amounts at each time of day (morning 10 mg + evening 4 mg = 14 mg) do not add up to the daily "
                        + "dose of 15 mg.");
    }

    @Test
    @DisplayName("the compounded liquid's concentration is not above zero")
    void compoundedZero() {
        refused(() -> request(CITALOPRAM, "20").compounded(mg("0")).build(), "compounded",
                "The compounded liquid's concentration must be more than 0 mg/mL; it was 0 mg/mL.");
    }

    @Test
    @DisplayName("the compounded liquid's concentration is finer than 0.001 mg/mL")
    void compoundedTooFine() {
        refused(() -> request(CITALOPRAM, "20").compounded(mg("0.0005")).build(), "compounded", "0.001 mg/mL");
    }

    @Test
    @DisplayName("a product is not one of the drug's")
    void foreignProduct() {
        DrugProduct notCitalopram = new DrugProduct(DosageForm.TABLET, mg("15"), StrengthUnit.MG, false);
        refused(() -> request(CITALOPRAM, "20").products(List.of(notCitalopram)).build(), "products",
                "The 15 mg tablet is not a product of citalopram in the knowledge base.");
    }

    @Test
    @DisplayName("the final dose is not below the current dose")
    void finalDoseTooHigh() {
        refused(() -> request(CITALOPRAM, "20").finalDose(mg("20")).build(), "finalDose",
                "less than the current daily dose of 20 mg; it was 20 mg.");
    }

    @Test
    @DisplayName("a switch to diazepam is asked for a drug that is neither a benzodiazepine nor a z-drug")
    void switchNotBenzodiazepine() {
        refused(() -> request(CITALOPRAM, "20").switchToDiazepam().build(), "switchToDiazepam",
                "A switch to diazepam is for benzodiazepines and z-drugs; citalopram is neither.");
    }

    @Test
    @DisplayName("a switch to diazepam is asked for a z-drug without an equivalence in the knowledge base")
    void switchWithoutEquivalence() {
        refused(() -> request(ZOLPIDEM, "10").switchToDiazepam().build(), "switchToDiazepam",
                "The knowledge base has no checked diazepam equivalence for zolpidem");
    }

    @Test
    @DisplayName("a switch to diazepam rests on an equivalence nobody checked")
    void switchWithUncheckedEquivalence() {
        refused(() -> request(ALPRAZOLAM, "1").switchToDiazepam().build(), "switchToDiazepam",
                "no checked diazepam equivalence for alprazolam");
    }

    private static void refused(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call).isInstanceOf(InvalidTaperRequest.class).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message).extracting(e -> ((InvalidTaperRequest) e).field()).isEqualTo(field);
    }
}
