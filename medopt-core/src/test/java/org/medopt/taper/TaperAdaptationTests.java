package org.medopt.taper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medopt.taper.CheckIns.adjust;
import static org.medopt.taper.CheckIns.on;
import static org.medopt.taper.CheckIns.step;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.medopt.taper.Adjustment.Action;
import org.medopt.taper.Adjustment.DecidedBy;

/** Going back to the last well-tolerated dose, the person's requests, and the order of precedence between rules. */
@DisplayName("Adapting a taper")
class TaperAdaptationTests {

    private static final StepCheckIns STABLE_STEP_1 = step(1, on("2026-10-01").rate("sleep", 1), on("2026-10-08"));
    private static final StepCheckIns STABLE_STEP_2 = step(2, on("2026-10-15"), on("2026-10-22").rate("nausea", 1));
    private static final StepCheckIns MODERATE_STEP_3 = step(3, on("2026-10-29"), on("2026-11-05").rate("nausea", 2));

    @Nested
    @DisplayName("intolerable: the person answers yes to 'is this intolerable'")
    class Intolerable {

        @Test
        @DisplayName("goes back to the most recent earlier step whose check-ins were all stable, and alerts the team")
        void returnsToLastWellTolerated() {
            Adjustment adjustment = adjust(step(4, on("2026-11-12").intolerable()),
                    STABLE_STEP_1, STABLE_STEP_2, MODERATE_STEP_3);
            assertThat(adjustment.action()).isEqualTo(Action.RETURN_TO_EARLIER_STEP);
            assertThat(adjustment.returnToStep()).isEqualTo(2);
            assertThat(adjustment.alertTeam()).isTrue();
            assertThat(adjustment.rules()).first().isEqualTo("intolerable");
            assertThat(adjustment.reason()).contains("You said on 2026-11-12 that this is intolerable")
                    .contains("back to step 2").contains("2026-10-15 to 2026-10-22");
        }

        @Test
        @DisplayName("skips an earlier step with no check-in: no data is not 'well tolerated'")
        void stepWithoutCheckInDoesNotCount() {
            Adjustment adjustment = adjust(step(3, on("2026-11-12").intolerable()), STABLE_STEP_1, step(2));
            assertThat(adjustment.returnToStep()).isEqualTo(1);
        }

        @Test
        @DisplayName("skips an earlier step whose symptoms rose, though nothing on it went above mild")
        void risingStepIsNotWellTolerated() {
            StepCheckIns rising = step(2, on("2026-10-15"), on("2026-10-22").rate("sleep", 1),
                    on("2026-10-29").rate("sleep", 1).rate("nausea", 1));
            assertThat(adjust(step(3, on("2026-11-12").intolerable()), STABLE_STEP_1, rising).returnToStep())
                    .isEqualTo(1);
        }

        @Test
        @DisplayName("with no earlier stable step, says so, holds the current step and alerts the team")
        void noWellToleratedStep() {
            Adjustment adjustment = adjust(step(2, on("2026-11-12").intolerable()), MODERATE_STEP_3);
            assertThat(adjustment.action()).isEqualTo(Action.HOLD);
            assertThat(adjustment.returnToStep()).isNull();
            assertThat(adjustment.alertTeam()).isTrue();
            assertThat(adjustment.reason()).contains("no earlier step had check-ins that were all stable");
        }

        @Test
        @DisplayName("is never inferred from the numbers: every symptom severe and how hard 10 is not 'intolerable'")
        void neverInferred() {
            Adjustment adjustment = adjust(step(4, on("2026-11-12").rate("dizziness", 3).rate("nausea", 3).howHard(10)),
                    STABLE_STEP_1);
            assertThat(adjustment.rules()).doesNotContain("intolerable");
            assertThat(adjustment.action()).isEqualTo(Action.HOLD);
        }
    }

    @Nested
    @DisplayName("the person's requests")
    class Requests {

        @Test
        @DisplayName("a pause while stable pauses the plan, made by the person")
        void pause() {
            Adjustment adjustment = adjust(step(2, on("2026-12-01").asks(PersonRequest.PAUSE)));
            assertThat(adjustment.action()).isEqualTo(Action.PAUSE);
            assertThat(adjustment.paused()).isTrue();
            assertThat(adjustment.decisions().get(0).decidedBy()).isEqualTo(DecidedBy.PERSON);
            assertThat(adjustment.reason()).contains("You asked on 2026-12-01 to pause")
                    .contains("until you or your clinician resume");
        }

        @Test
        @DisplayName("a pause lasts over later stable check-ins until the person resumes")
        void pauseLasts() {
            Adjustment later = adjust(step(2, on("2026-12-01").asks(PersonRequest.PAUSE), on("2026-12-08")));
            assertThat(later.action()).isEqualTo(Action.PAUSE);
            assertThat(later.reason()).contains("Paused at your request since 2026-12-01");
            Adjustment resumed = adjust(step(2, on("2026-12-01").asks(PersonRequest.PAUSE), on("2026-12-08"),
                    on("2026-12-15").asks(PersonRequest.RESUME)));
            assertThat(resumed.action()).isEqualTo(Action.RESUME);
            assertThat(resumed.paused()).isFalse();
        }

        @Test
        @DisplayName("a slow-down while stable makes each remaining step twice as long")
        void slowDown() {
            Adjustment adjustment = adjust(step(2, on("2026-12-01").asks(PersonRequest.SLOW_DOWN)));
            assertThat(adjustment.action()).isEqualTo(Action.SLOW_DOWN);
            assertThat(adjustment.slowsDown()).isTrue();
            assertThat(adjustment.reason()).contains("each remaining step will last 2 times as long, at the same doses");
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = PersonRequest.class, names = {"PAUSE", "SLOW_DOWN"})
        @DisplayName("a pause or a slow-down is honoured whatever the symptoms: severe, rising, intolerable")
        void alwaysHonoured(PersonRequest request) {
            Adjustment severe = adjust(step(2, on("2026-12-01").rate("dizziness", 3).asks(request)));
            Adjustment intolerable = adjust(step(2, on("2026-12-01").intolerable().asks(request)), STABLE_STEP_1);
            for (Adjustment adjustment : new Adjustment[] {severe, intolerable}) {
                assertThat(adjustment.decisions()).anyMatch(d -> d.decidedBy() == DecidedBy.PERSON);
                assertThat(adjustment.paused()).isEqualTo(request == PersonRequest.PAUSE);
                assertThat(adjustment.slowsDown()).isEqualTo(request == PersonRequest.SLOW_DOWN);
                assertThat(adjustment.alertTeam()).isTrue();
            }
        }
    }

    @Nested
    @DisplayName("precedence: intolerable, safety, severe, rising, moderate, then the person's requests, then stable")
    class Precedence {

        @Test
        @DisplayName("intolerable and severe together: back to the earlier step, both rules named, intolerable first")
        void intolerableOverSevere() {
            Adjustment adjustment = adjust(step(2, on("2026-12-01").intolerable().rate("dizziness", 3)), STABLE_STEP_1);
            assertThat(adjustment.action()).isEqualTo(Action.RETURN_TO_EARLIER_STEP);
            assertThat(adjustment.rules()).containsExactly("intolerable", "severe-symptoms");
        }

        @Test
        @DisplayName("severe symptoms outweigh a request to resume: the step stays held, and the reason says why")
        void severeOverResume() {
            Adjustment adjustment = adjust(step(2, on("2026-12-01").asks(PersonRequest.PAUSE),
                    on("2026-12-08").rate("dizziness", 3).asks(PersonRequest.RESUME)));
            assertThat(adjustment.action()).isEqualTo(Action.HOLD);
            assertThat(adjustment.rules()).containsExactly("severe-symptoms", "resume-request");
            assertThat(adjustment.reason()).contains("this step stays held for now because of the symptom rule above");
        }

        @Test
        @DisplayName("a pause is never overridden toward going faster: with severe symptoms the plan stays paused")
        void pauseOverHold() {
            Adjustment adjustment = adjust(step(2, on("2026-12-01").rate("dizziness", 3).asks(PersonRequest.PAUSE)));
            assertThat(adjustment.action()).isEqualTo(Action.PAUSE);
            assertThat(adjustment.alertTeam()).isTrue();
            assertThat(adjustment.rules()).containsExactly("severe-symptoms", "pause-request");
        }

        @Test
        @DisplayName("a slow-down with moderate symptoms holds now and slows the remaining steps")
        void holdAndSlowDown() {
            Adjustment adjustment = adjust(step(2, on("2026-12-01").rate("nausea", 2).asks(PersonRequest.SLOW_DOWN)));
            assertThat(adjustment.action()).isEqualTo(Action.HOLD);
            assertThat(adjustment.slowsDown()).isTrue();
        }

        @Test
        @DisplayName("stable comes last and only when no symptom rule fired")
        void stableLast() {
            assertThat(adjust(step(2, on("2026-12-01").asks(PersonRequest.SLOW_DOWN))).rules())
                    .containsExactly("slow-down-request", "stable");
        }
    }

    @Test
    @DisplayName("refuses a check-in that rates an item the checklist does not define")
    void unknownItem() {
        assertThatThrownBy(() -> adjust(step(2, on("2026-12-01").rate("hiccups", 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'hiccups'");
    }
}
