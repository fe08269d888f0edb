package org.medopt.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.medopt.knowledge.KnowledgeSource;

/** Checks on the shipped instruments file itself. */
@Tag("shipped-data")
@DisplayName("The shipped instruments")
class ShippedInstrumentsTests {

    private static final Instruments INSTRUMENTS = Instruments.load();

    @Test
    @DisplayName("load under their own version")
    void version() {
        assertThat(INSTRUMENTS.version()).isEqualTo("2026.11.3");
    }

    @Test
    @DisplayName("are the PHQ-9, GAD-7, WHO-5, C-SSRS screener, QPR-15 and MedOpt's side-effect checklist")
    void instruments() {
        assertThat(INSTRUMENTS.all()).extracting(Instrument::id).containsExactly(
                "phq-9", "gad-7", "who-5", "c-ssrs-screener", "qpr-15", "medopt-side-effects");
    }

    @Test
    @DisplayName("offer the C-SSRS screener only where a licence is recorded, and every other instrument freely")
    void cssrsNeedsLicence() {
        assertThat(INSTRUMENTS.all()).filteredOn(i -> !i.freelyUsable()).extracting(Instrument::id)
                .containsExactly("c-ssrs-screener");
    }

    @Test
    @DisplayName("give the published wording of every question of the PHQ-9, GAD-7 and WHO-5, whose licences allow it")
    void wording() {
        for (String id : new String[] {"phq-9", "gad-7", "who-5"}) {
            assertThat(INSTRUMENTS.get(id).items()).as(id).allMatch(item -> item.publishedWording().isPresent());
        }
    }

    @Test
    @DisplayName("let a person answer alone only the instruments with every question's wording, or MedOpt's own checklist")
    void selfReportable() {
        assertThat(INSTRUMENTS.all()).filteredOn(Instrument::selfReportable).extracting(Instrument::id)
                .containsExactly("phq-9", "gad-7", "who-5", "medopt-side-effects");
    }

    @Test
    @DisplayName("give the QPR-15's wording for questions 1 and 2 only, the only ones seen in a source")
    void qprWording() {
        assertThat(INSTRUMENTS.get("qpr-15").items()).filteredOn(item -> item.publishedWording().isPresent())
                .extracting(Item::id).containsExactly("qpr-1", "qpr-2");
    }

    @Test
    @DisplayName("score the QPR-15 from 0 to 60, the total range NHS England's data set records, with no band")
    void qprRange() {
        Instrument qpr = INSTRUMENTS.get("qpr-15");
        assertThat(qpr.lowestTotal()).isZero();
        assertThat(qpr.highestTotal()).isEqualTo(60);
        assertThat(qpr.bands()).isEmpty();
        assertThat(qpr.scoringSources()).extracting(KnowledgeSource::id)
                .containsExactly("phenx-qpr", "nhs-mhsds-qpr-range");
    }

    @Test
    @DisplayName("give no wording for the C-SSRS screener, whose electronic use needs a licence, nor for MedOpt's own checklist")
    void noWording() {
        for (String id : new String[] {"c-ssrs-screener", "medopt-side-effects"}) {
            assertThat(INSTRUMENTS.get(id).items()).as(id).allMatch(item -> item.publishedWording().isEmpty());
        }
    }

    @Test
    @DisplayName("label the side-effect checklist as MedOpt's own and unscored")
    void sideEffects() {
        Instrument checklist = INSTRUMENTS.get("medopt-side-effects");
        assertThat(checklist.scored()).isFalse();
        assertThat(checklist.licence().status()).isEqualTo(LicenceStatus.MEDOPT_OWN);
        assertThat(checklist.name()).contains("MedOpt's own").contains("not scored");
    }

    @Test
    @DisplayName("give every PHQ-9 and GAD-7 total from lowest to highest exactly one band")
    void bandsCover() {
        for (String id : new String[] {"phq-9", "gad-7"}) {
            Instrument instrument = INSTRUMENTS.get(id);
            for (int total = instrument.lowestTotal(); total <= instrument.highestTotal(); total++) {
                int t = total;
                assertThat(instrument.bands().stream().filter(b -> b.contains(t))).as(id + " " + t).hasSize(1);
            }
        }
    }
}
