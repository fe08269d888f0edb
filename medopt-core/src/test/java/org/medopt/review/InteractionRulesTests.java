package org.medopt.review;

import static org.medopt.review.Findings.assertFires;
import static org.medopt.review.Findings.assertSilent;
import static org.medopt.review.Findings.review;
import static org.medopt.review.Fixture.adult;
import static org.medopt.review.Fixture.list;
import static org.medopt.review.Fixture.taking;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medopt.knowledge.Severity;

/** Drug-interaction rules; expected answers from the sources each rule cites (named per test). */
@DisplayName("Drug interactions")
class InteractionRulesTests {

    @Nested
    @DisplayName("MAO inhibitors (ONC high-priority list, Phansalkar 2012)")
    class MaoInhibitors {

        @Test
        @DisplayName("phenelzine with sertraline is critical serotonin toxicity")
        void withSsri() {
            ReviewResult result = review(list(taking("phenelzine"), taking("sertraline")), adult());
            assertFires(result, "serotonin-toxicity-maoi", "phenelzine", "sertraline");
            Assertions.assertThat(Findings.only(result, "serotonin-toxicity-maoi").severity()).isEqualTo(Severity.CRITICAL);
        }

        @Test
        @DisplayName("phenelzine with amphetamine, with sumatriptan, with amitriptyline and with oxycodone are each critical")
        void withStimulantTriptanTricyclicOpioid() {
            ReviewResult result = review(list(taking("phenelzine"), taking("amphetamine"), taking("sumatriptan"),
                    taking("amitriptyline"), taking("oxycodone")), adult());
            assertFires(result, "mao-inhibitor-sympathomimetic", "phenelzine", "amphetamine");
            assertFires(result, "mao-inhibitor-triptan", "phenelzine", "sumatriptan");
            assertFires(result, "mao-inhibitor-tricyclic", "phenelzine", "amitriptyline");
            assertFires(result, "mao-inhibitor-opioid", "phenelzine", "oxycodone");
        }

        @Test
        @DisplayName("none of these fire without an MAO inhibitor")
        void silentWithoutMaoi() {
            ReviewResult result = review(list(taking("sertraline"), taking("amphetamine"), taking("sumatriptan"),
                    taking("amitriptyline"), taking("oxycodone")), adult());
            for (String rule : new String[] {"serotonin-toxicity-maoi", "mao-inhibitor-sympathomimetic",
                "mao-inhibitor-triptan", "mao-inhibitor-tricyclic", "mao-inhibitor-opioid"}) {
                assertSilent(result, rule);
            }
        }
    }

    @Test
    @DisplayName("two serotonergic drugs (sertraline, tramadol) are a warning, per the citalopram label's class warning")
    void twoSerotonergic() {
        assertFires(review(list(taking("sertraline"), taking("tramadol")), adult()),
                "serotonergic-combination", "sertraline", "tramadol");
        assertSilent(review(list(taking("sertraline"), taking("oxycodone")), adult()), "serotonergic-combination");
    }

    @Test
    @DisplayName("ramelteon with fluvoxamine is critical (ONC list); ramelteon with sertraline is not")
    void ramelteonFluvoxamine() {
        assertFires(review(list(taking("ramelteon"), taking("fluvoxamine")), adult()),
                "ramelteon-fluvoxamine", "fluvoxamine", "ramelteon");
        assertSilent(review(list(taking("ramelteon"), taking("sertraline")), adult()), "ramelteon-fluvoxamine");
    }

    @Test
    @DisplayName("valproate with lamotrigine warns that lamotrigine levels roughly double (lamotrigine label)")
    void valproateLamotrigine() {
        assertFires(review(list(taking("valproic acid"), taking("lamotrigine")), adult()),
                "valproate-lamotrigine", "valproic acid", "lamotrigine");
        assertSilent(review(list(taking("lamotrigine"), taking("sertraline")), adult()), "valproate-lamotrigine");
    }

    @Test
    @DisplayName("two drugs with a known QT risk (citalopram, ondansetron) warn; one alone does not")
    void qtAdditive() {
        assertFires(review(list(taking("citalopram"), taking("ondansetron")), adult()),
                "qt-prolongation-additive", "citalopram", "ondansetron");
        assertSilent(review(list(taking("citalopram"), taking("sertraline")), adult()), "qt-prolongation-additive");
    }

    @Test
    @DisplayName("oxycodone with lorazepam is critical (FDA 2016 boxed warning); oxycodone with zolpidem is not that rule")
    void opioidBenzodiazepine() {
        assertFires(review(list(taking("oxycodone"), taking("lorazepam")), adult()),
                "opioid-benzodiazepine", "lorazepam", "oxycodone");
        assertSilent(review(list(taking("oxycodone"), taking("zolpidem")), adult()), "opioid-benzodiazepine");
    }

    @Test
    @DisplayName("opioid with another CNS depressant never fires while its source is unverified")
    void opioidCnsDepressantUnverified() {
        assertSilent(review(list(taking("oxycodone"), taking("zolpidem")), adult()), "opioid-cns-depressant");
    }

    @Test
    @DisplayName("a strong CYP1A2 inhibitor (fluvoxamine) with a narrow-margin CYP1A2 substrate (clozapine) warns")
    void cypInhibition() {
        assertFires(review(list(taking("fluvoxamine"), taking("clozapine")), adult()),
                "cyp-inhibition", "clozapine", "fluvoxamine");
        assertSilent(review(list(taking("fluoxetine"), taking("clozapine")), adult()), "cyp-inhibition");
    }

    @Test
    @DisplayName("a strong CYP3A4 inducer (carbamazepine) with a sensitive CYP3A4 substrate (quetiapine) warns")
    void cypInduction() {
        assertFires(review(list(taking("carbamazepine"), taking("quetiapine")), adult()),
                "cyp-induction", "carbamazepine", "quetiapine");
        assertSilent(review(list(taking("carbamazepine"), taking("risperidone")), adult()), "cyp-induction");
    }

    @Test
    @DisplayName("a thiazide raises lithium and caffeine lowers it (lithium interaction reviews); sertraline does neither")
    void lithiumClearance() {
        ReviewResult result = review(list(taking("lithium carbonate"), taking("hydrochlorothiazide"), taking("caffeine")),
                adult());
        assertFires(result, "lithium-clearance-reduced", "lithium carbonate", "hydrochlorothiazide");
        assertFires(result, "lithium-clearance-increased", "lithium carbonate", "caffeine");
        ReviewResult none = review(list(taking("lithium carbonate"), taking("sertraline")), adult());
        assertSilent(none, "lithium-clearance-reduced");
        assertSilent(none, "lithium-clearance-increased");
    }
}
