package org.medopt.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cases derived by hand from the thresholds in care-management-billing.json and the sources it cites. */
@Tag("shipped-data")
@DisplayName("Care-management billing")
class BillingRulesTests {

    private static final BillingRules RULES = BillingRules.load();
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static BillingDecision cocm(int minutes, boolean firstMonth) {
        return RULES.codesFor(CareManagementMonth.cocm("p-1", MARCH, minutes, firstMonth));
    }

    private static List<String> billed(BillingDecision decision) {
        return decision.codes().stream().map(c -> c.code() + "x" + c.units()).toList();
    }

    @Nested
    @DisplayName("in the first month of a CoCM episode")
    class FirstMonth {

        @ParameterizedTest(name = "{0} minutes bill {1}")
        @CsvSource(delimiter = ';', value = {
            "15; ''", "16; G2214x1", "35; G2214x1", "36; 99492x1", "70; 99492x1",
            "85; 99492x1", "86; 99492x1 99494x1", "115; 99492x1 99494x1", "116; 99492x1 99494x2"})
        @DisplayName("99492 from 36 minutes (more than half of 70), +99494 per further 30 from 16 into it, else G2214 from 16")
        void codesByMinutes(int minutes, String expected) {
            assertThat(String.join(" ", billed(cocm(minutes, true)))).isEqualTo(expected);
        }

        @Test
        @DisplayName("34 minutes explain that 99492 needs 36 and G2214 applies, citing both rules' sources")
        void explainsG2214() {
            BillableCode code = cocm(34, true).codes().get(0);
            assertThat(code.explanation())
                    .startsWith("34 minutes: 99492 needs 36 (more than half of 70); G2214 from 16 minutes applies")
                    .contains("mirah-minute-targets").contains("cpt-descriptors-bcbsnd-policy")
                    .contains("threshold partly confirmed");
        }
    }

    @Nested
    @DisplayName("in a subsequent month of a CoCM episode")
    class SubsequentMonth {

        @ParameterizedTest(name = "{0} minutes bill {1}")
        @CsvSource(delimiter = ';', value = {
            "15; ''", "16; G2214x1", "30; G2214x1", "31; 99493x1", "75; 99493x1",
            "76; 99493x1 99494x1", "105; 99493x1 99494x1", "106; 99493x1 99494x2", "136; 99493x1 99494x3"})
        @DisplayName("99493 from 31 minutes (more than half of 60), +99494 per further 30 from 16 into it, else G2214 from 16")
        void codesByMinutes(int minutes, String expected) {
            assertThat(String.join(" ", billed(cocm(minutes, false)))).isEqualTo(expected);
        }

        @Test
        @DisplayName("never bills 99492, whatever the minutes")
        void neverInitial() {
            assertThat(billed(cocm(200, false))).noneMatch(c -> c.startsWith("99492"));
        }

        @Test
        @DisplayName("15 minutes bill nothing and say G2214 needs 16")
        void fifteenMinutes() {
            BillingDecision decision = cocm(15, false);
            assertThat(decision.billable()).isFalse();
            assertThat(decision.reasons()).singleElement().asString()
                    .startsWith("15 minutes: 99493 needs 31 (more than half of 60); G2214 needs 16");
        }

        @Test
        @DisplayName("75 minutes say +99494 needs 16 beyond the base")
        void addOnNotReached() {
            assertThat(cocm(75, false).reasons()).singleElement().asString()
                    .startsWith("15 minutes beyond the 60 of 99493: 99494 needs 16");
        }
    }

    @Nested
    @DisplayName("general BHI (99484)")
    class GeneralBhi {

        @ParameterizedTest(name = "{0} minutes: billable {1}")
        @CsvSource({"0, false", "19, false", "20, true", "60, true"})
        @DisplayName("needs at least 20 minutes of clinical staff time, with no mid-point rounding")
        void atLeastTwenty(int minutes, boolean billable) {
            BillingDecision decision = RULES.codesFor(CareManagementMonth.generalBhi("p-2", MARCH, minutes));
            assertThat(billed(decision)).isEqualTo(billable ? List.of("99484x1") : List.of());
            String said = String.join(" ", decision.reasons()) + decision.codes().stream().map(BillableCode::explanation).toList();
            assertThat(said).contains("needs at least 20").contains("aafp-bhi-coding");
        }

        @Test
        @DisplayName("is not billed in a month that bills CoCM, and says why")
        void notWithCocm() {
            BillingDecision decision = RULES.codesFor(
                    new CareManagementMonth("p-3", MARCH, 40, false, OptionalInt.of(25), true));
            assertThat(billed(decision)).containsExactly("99493x1");
            assertThat(decision.reasons()).anyMatch(r -> r.startsWith("99484 is not reported in the same month as 99493"));
        }

        @Test
        @DisplayName("is billed when a CoCM month reaches no CoCM code and general BHI time is tracked apart")
        void whenCocmNotReached() {
            BillingDecision decision = RULES.codesFor(
                    new CareManagementMonth("p-4", MARCH, 10, true, OptionalInt.of(25), true));
            assertThat(billed(decision)).containsExactly("99484x1");
        }

        @Test
        @DisplayName("a month without a psychiatric consultant bills no CoCM code, however many minutes")
        void noConsultantNoCocm() {
            BillingDecision decision = RULES.codesFor(CareManagementMonth.generalBhi("p-5", MARCH, 90));
            assertThat(billed(decision)).containsExactly("99484x1");
            assertThat(decision.reasons()).anyMatch(r -> r.contains("need a psychiatric consultant"));
        }
    }

    @Test
    @DisplayName("zero CoCM minutes bill nothing and give a reason")
    void zeroMinutes() {
        BillingDecision decision = cocm(0, true);
        assertThat(decision.billable()).isFalse();
        assertThat(decision.reasons()).singleElement().asString().startsWith("0 minutes: 99492 needs 36");
    }

    @Test
    @DisplayName("every explanation cites the time rule or the code's sources by id")
    void everyExplanationCites() {
        for (int minutes : new int[] {16, 36, 86, 116}) {
            for (BillableCode code : cocm(minutes, true).codes()) {
                assertThat(code.explanation()).matches("(?s).*\\[[a-z0-9-]+(, [a-z0-9-]+)*[;\\]].*");
            }
        }
    }

    @Test
    @DisplayName("a missing month is refused with a clear message")
    void nullMonth() {
        assertThatThrownBy(() -> RULES.codesFor(null)).isInstanceOf(InvalidCareManagementMonth.class)
                .hasMessageContaining("month");
    }

    @Test
    @DisplayName("the shipped file cites only sources that were seen, none marked verified, and has its own version")
    void shippedSources() {
        BillingCodes codes = RULES.codes();
        assertThat(codes.version()).isNotBlank();
        assertThat(codes.rules()).hasSize(CodeRole.values().length)
                .allSatisfy(r -> assertThat(r.sources()).anyMatch(s -> s.firm()));
        assertThat(codes.rule(CodeRole.SHORT_MONTH).status()).isEqualTo(ThresholdStatus.PARTLY_CONFIRMED);
        assertThat(codes.timeRule().status()).isEqualTo(ThresholdStatus.PARTLY_CONFIRMED);
    }
}
