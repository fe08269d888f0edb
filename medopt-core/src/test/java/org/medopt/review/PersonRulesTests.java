package org.medopt.review;

import static org.medopt.review.Findings.assertFires;
import static org.medopt.review.Findings.assertSilent;
import static org.medopt.review.Findings.review;
import static org.medopt.review.Fixture.adult;
import static org.medopt.review.Fixture.aged;
import static org.medopt.review.Fixture.list;
import static org.medopt.review.Fixture.person;
import static org.medopt.review.Fixture.taking;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medopt.person.Sex;

/** Rules that depend on who the person is: age, sex, pregnancy and conditions; expected answers from the cited source. */
@DisplayName("Rules about the person")
class PersonRulesTests {

    private static final Condition EPILEPSY = new Condition(Condition.ICD_10_CM, "G40.909", "Epilepsy, unspecified");
    private static final Condition SCHIZOPHRENIA = new Condition(Condition.SNOMED_CT, "58214004", "Schizophrenia");

    @Nested
    @DisplayName("AGS Beers Criteria 2023, from age 65")
    class OlderAdults {

        @Test
        @DisplayName("lorazepam, zolpidem and amitriptyline at 70 are each to avoid; at 64 they are not")
        void benzodiazepineZdrugTricyclic() {
            var older = review(list(taking("lorazepam"), taking("zolpidem"), taking("amitriptyline")), aged(70));
            assertFires(older, "beers-benzodiazepine", "lorazepam");
            assertFires(older, "beers-z-drug", "zolpidem");
            assertFires(older, "beers-tricyclic", "amitriptyline");
            var younger = review(list(taking("lorazepam"), taking("zolpidem"), taking("amitriptyline")), aged(64));
            assertSilent(younger, "beers-benzodiazepine");
            assertSilent(younger, "beers-z-drug");
            assertSilent(younger, "beers-tricyclic");
        }

        @Test
        @DisplayName("quetiapine at 80 is to avoid, unless the person has schizophrenia or bipolar disorder")
        void antipsychoticExceptSchizophrenia() {
            assertFires(review(list(taking("quetiapine")), aged(80)), "beers-antipsychotic", "quetiapine");
            assertSilent(review(list(taking("quetiapine")), person(80, Sex.FEMALE, false, List.of(SCHIZOPHRENIA), List.of())),
                    "beers-antipsychotic");
        }

        @Test
        @DisplayName("three CNS-active drugs at 70 are to avoid; two are not")
        void threeCnsActive() {
            assertFires(review(list(taking("sertraline"), taking("lorazepam"), taking("oxycodone")), aged(70)),
                    "beers-cns-active-three", "lorazepam", "oxycodone", "sertraline");
            assertSilent(review(list(taking("sertraline"), taking("lorazepam")), aged(70)), "beers-cns-active-three");
        }

        @Test
        @DisplayName("paroxetine never fires while that Beers item is unverified")
        void paroxetineUnverified() {
            assertSilent(review(list(taking("paroxetine")), aged(75)), "beers-paroxetine");
        }

        @Test
        @DisplayName("no age rule fires when the birth date is unknown")
        void unknownAge() {
            var unknown = new PersonContext(Fixture.REVIEW_DATE, null, Sex.MALE, false, List.of(), List.of());
            assertSilent(review(list(taking("lorazepam")), unknown), "beers-benzodiazepine");
        }
    }

    @Nested
    @DisplayName("Children and adolescents")
    class Young {

        @Test
        @DisplayName("four psychotropics at 12 call for review (Texas parameters); three do not")
        void fourPsychotropics() {
            assertFires(review(list(taking("sertraline"), taking("risperidone"), taking("guanfacine"),
                    taking("methylphenidate")), aged(12)), "pediatric-four-psychotropics",
                    "guanfacine", "methylphenidate", "risperidone", "sertraline");
            assertSilent(review(list(taking("sertraline"), taking("risperidone"), taking("guanfacine")), aged(12)),
                    "pediatric-four-psychotropics");
            assertSilent(review(list(taking("sertraline"), taking("risperidone"), taking("guanfacine"),
                    taking("methylphenidate")), aged(18)), "pediatric-four-psychotropics");
        }

        @Test
        @DisplayName("two alpha-2 agonists at 10 call for review (Texas parameters); two stimulants are not counted")
        void sameClass() {
            assertFires(review(list(taking("guanfacine"), taking("clonidine")), aged(10)),
                    "pediatric-same-class", "clonidine", "guanfacine");
            assertSilent(review(list(taking("methylphenidate"), taking("amphetamine")), aged(10)), "pediatric-same-class");
        }

        @Test
        @DisplayName("any psychotropic at 6 is monitored (Utah program); at 7 it is not this rule")
        void veryYoung() {
            assertFires(review(list(taking("risperidone")), aged(6)), "pediatric-very-young", "risperidone");
            assertSilent(review(list(taking("risperidone")), aged(7)), "pediatric-very-young");
        }
    }

    @Nested
    @DisplayName("Polypharmacy")
    class Polypharmacy {

        @Test
        @DisplayName("three psychotropics are flagged for review; two are not")
        void threePsychotropics() {
            assertFires(review(list(taking("sertraline"), taking("quetiapine"), taking("lorazepam")), adult()),
                    "polypharmacy-three-psychotropics", "lorazepam", "quetiapine", "sertraline");
            assertSilent(review(list(taking("sertraline"), taking("quetiapine")), adult()),
                    "polypharmacy-three-psychotropics");
        }

        @Test
        @DisplayName("two antipsychotics warn (Joint Commission HBIPS-5); an antipsychotic with lithium does not")
        void twoAntipsychotics() {
            assertFires(review(list(taking("quetiapine"), taking("risperidone")), adult()),
                    "polypharmacy-two-antipsychotics", "quetiapine", "risperidone");
            assertSilent(review(list(taking("quetiapine"), taking("lithium carbonate")), adult()),
                    "polypharmacy-two-antipsychotics");
        }
    }

    @Nested
    @DisplayName("Conditions and pregnancy")
    class Conditions {

        @Test
        @DisplayName("bupropion with epilepsy is critical (bupropion label); without a seizure disorder it is not")
        void bupropionSeizures() {
            assertFires(review(list(taking("bupropion")), person(40, Sex.MALE, false, List.of(EPILEPSY), List.of())),
                    "bupropion-seizure-disorder", "bupropion");
            assertSilent(review(list(taking("bupropion")), adult()), "bupropion-seizure-disorder");
        }

        @Test
        @DisplayName("valproate in pregnancy is critical; at 30 and not pregnant it warns about childbearing potential")
        void valproate() {
            var pregnant = review(list(taking("valproic acid")), person(30, Sex.FEMALE, true, List.of(), List.of()));
            assertFires(pregnant, "valproate-pregnancy", "valproic acid");
            assertSilent(pregnant, "valproate-childbearing-potential");
            var couldBecome = review(list(taking("valproic acid")), person(30, Sex.FEMALE, false, List.of(), List.of()));
            assertFires(couldBecome, "valproate-childbearing-potential", "valproic acid");
            assertSilent(couldBecome, "valproate-pregnancy");
            var older = review(list(taking("valproic acid")), person(55, Sex.FEMALE, false, List.of(), List.of()));
            assertSilent(older, "valproate-childbearing-potential");
            assertSilent(review(list(taking("valproic acid")), adult()), "valproate-childbearing-potential");
        }
    }
}
