package org.medopt.taper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medopt.taper.CheckIns.adjust;
import static org.medopt.taper.CheckIns.on;
import static org.medopt.taper.CheckIns.step;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medopt.taper.Adjustment.Action;
import org.medopt.taper.Adjustment.DecidedBy;

/** The rules that read symptom ratings; expected answers come from each rule's "when" and "then" in the data file. */
@DisplayName("Adapting a taper to symptom ratings")
class SymptomRulesTests {

    @Nested
    @DisplayName("no check-in yet on the step")
    class NoCheckIn {

        @Test
        @DisplayName("continues as planned, saying that nothing is known yet rather than calling it stable")
        void saysSo() {
            Adjustment adjustment = adjust(step(3));
            assertThat(adjustment.action()).isEqualTo(Action.CONTINUE);
            assertThat(adjustment.rules()).containsExactly("no-check-in");
            assertThat(adjustment.reason()).contains("No check-in yet on step 3").contains("not the same as it going well");
            assertThat(adjustment.alertTeam()).isFalse();
        }
    }

    @Nested
    @DisplayName("severe-symptoms: any symptom rated severe (3)")
    class Severe {

        @Test
        @DisplayName("dizziness rated 3 holds the step and alerts the team, quoting item, rating and date")
        void fires() {
            Adjustment adjustment = adjust(step(2, on("2026-12-01").rate("dizziness", 3).rate("nausea", 1)));
            assertThat(adjustment.action()).isEqualTo(Action.HOLD);
            assertThat(adjustment.alertTeam()).isTrue();
            assertThat(adjustment.rules()).containsExactly("severe-symptoms");
            assertThat(adjustment.decisions().get(0).decidedBy()).isEqualTo(DecidedBy.RULE);
            assertThat(adjustment.reason())
                    .contains("'Dizziness or feeling off balance' rated severe (3) on 2026-12-01");
        }

        @Test
        @DisplayName("several symptoms rated 2 (a high total) do not count as severe")
        void silentBelowThree() {
            Adjustment adjustment = adjust(step(2, on("2026-12-01").rate("dizziness", 2).rate("nausea", 2)
                    .rate("sleep", 2).rate("anxiety", 2).howHard(9)));
            assertThat(adjustment.rules()).doesNotContain("severe-symptoms");
        }
    }

    @Nested
    @DisplayName("safety-thoughts: the self-harm question rated above none")
    class Safety {

        @Test
        @DisplayName("thoughts of self-harm rated mild (1) hold the step and alert the team")
        void firesAtMild() {
            Adjustment adjustment = adjust(step(4, on("2026-12-01").rate("self-harm-thoughts", 1)));
            assertThat(adjustment.action()).isEqualTo(Action.HOLD);
            assertThat(adjustment.alertTeam()).isTrue();
            assertThat(adjustment.rules()).containsExactly("safety-thoughts");
            assertThat(adjustment.reason()).contains("rated mild (1) on 2026-12-01");
        }

        @Test
        @DisplayName("thoughts of self-harm rated none (0) do not fire it")
        void silentAtNone() {
            assertThat(adjust(step(4, on("2026-12-01").rate("self-harm-thoughts", 0))).rules())
                    .containsExactly("stable");
        }
    }

    @Nested
    @DisplayName("rising-symptoms: total or how hard higher at each of the last 2 check-ins on this step")
    class Rising {

        @Test
        @DisplayName("totals 1, 2, 3 on three check-ins hold the step and alert the team, quoting the totals")
        void totalRises() {
            Adjustment adjustment = adjust(step(2, on("2026-11-01").rate("sleep", 1),
                    on("2026-11-08").rate("sleep", 1).rate("nausea", 1),
                    on("2026-11-15").rate("sleep", 1).rate("nausea", 1).rate("headache", 1)));
            assertThat(adjustment.action()).isEqualTo(Action.HOLD);
            assertThat(adjustment.alertTeam()).isTrue();
            assertThat(adjustment.rules()).containsExactly("rising-symptoms");
            assertThat(adjustment.reason()).contains("Symptom total rose at each of the last 2 check-ins on this step: "
                    + "1 on 2026-11-01, 2 on 2026-11-08, 3 on 2026-11-15");
        }

        @Test
        @DisplayName("how hard 2, 4, 6 with no symptom rated fires on how hard alone")
        void howHardRises() {
            Adjustment adjustment = adjust(step(2, on("2026-11-01").howHard(2), on("2026-11-08").howHard(4),
                    on("2026-11-15").howHard(6)));
            assertThat(adjustment.rules()).containsExactly("rising-symptoms");
            assertThat(adjustment.reason()).contains("'How hard' (out of 10) rose").contains("2 on 2026-11-01");
        }

        @Test
        @DisplayName("one rise (two check-ins) is not yet rising")
        void oneRiseIsNotEnough() {
            assertThat(adjust(step(2, on("2026-11-01").howHard(2), on("2026-11-08").howHard(4))).rules())
                    .containsExactly("stable");
        }

        @Test
        @DisplayName("a rise, then the same, is not rising at each check-in")
        void flatIsNotRising() {
            assertThat(adjust(step(2, on("2026-11-01").howHard(2), on("2026-11-08").howHard(4),
                    on("2026-11-15").howHard(4))).rules()).containsExactly("stable");
        }

        @Test
        @DisplayName("rises on the step before do not count on this step")
        void onlyThisStep() {
            StepCheckIns before = step(1, on("2026-10-01").howHard(1), on("2026-10-08").howHard(2));
            assertThat(adjust(step(2, on("2026-11-01").howHard(3)), before).rules()).containsExactly("stable");
        }
    }

    @Nested
    @DisplayName("moderate-symptoms: a symptom rated moderate (2) and nothing above")
    class Moderate {

        @Test
        @DisplayName("nausea rated 2 holds the step without an alert")
        void holdsWithoutAlert() {
            Adjustment adjustment = adjust(step(2, on("2026-12-01").rate("nausea", 2)));
            assertThat(adjustment.action()).isEqualTo(Action.HOLD);
            assertThat(adjustment.alertTeam()).isFalse();
            assertThat(adjustment.rules()).containsExactly("moderate-symptoms");
            assertThat(adjustment.reason()).contains("'Feeling sick or being sick' rated moderate (2) on 2026-12-01");
        }

        @Test
        @DisplayName("a moderate and a severe symptom fire severe only")
        void severeTakesOver() {
            assertThat(adjust(step(2, on("2026-12-01").rate("nausea", 2).rate("dizziness", 3))).rules())
                    .containsExactly("severe-symptoms");
        }
    }

    @Nested
    @DisplayName("stable: nothing above mild, not intolerable, nothing rising")
    class Stable {

        @Test
        @DisplayName("two symptoms rated mild (1) continue as planned, quoting total and how hard")
        void continues() {
            Adjustment adjustment = adjust(step(2, on("2026-12-01").rate("nausea", 1).rate("sleep", 1).howHard(3)));
            assertThat(adjustment.action()).isEqualTo(Action.CONTINUE);
            assertThat(adjustment.alertTeam()).isFalse();
            assertThat(adjustment.rules()).containsExactly("stable");
            assertThat(adjustment.reason()).contains("Nothing rated above mild on 2026-12-01")
                    .contains("symptom total 2, how hard 3 out of 10");
        }

        @Test
        @DisplayName("how hard alone, even 8 of 10, does not hold the step (no rule sets a number for it)")
        void howHardAloneIsNoThreshold() {
            assertThat(adjust(step(2, on("2026-12-01").howHard(8))).action()).isEqualTo(Action.CONTINUE);
        }
    }
}
