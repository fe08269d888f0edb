package org.medopt.app.taper;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.taper.StepLimit;
import org.medopt.taper.TaperStep;

@DisplayName("Changing a plan's steps")
class StepChangesTests {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    /** Four 28-day steps: 40, 30, 20, 0 mg (made-up doses; only the dates and order matter here). */
    private static final List<TaperStep> STEPS = IntStream.range(0, 4).mapToObj(i -> step(i + 1,
            START.plusDays(28L * i), START.plusDays(28L * i + 27), new int[] {40, 30, 20, 0}[i])).toList();

    @Test
    @DisplayName("a first hold makes the current step one step length longer and moves every later step as much")
    void firstHold() {
        List<TaperStep> held = StepChanges.hold(STEPS, STEPS.get(1), START.plusDays(30), false);
        assertThat(held.get(0)).isEqualTo(STEPS.get(0));
        assertThat(held.get(1).end()).isEqualTo(STEPS.get(1).end().plusDays(28));
        assertThat(held.get(2).start()).isEqualTo(STEPS.get(2).start().plusDays(28));
        assertThat(held.get(3).end()).isEqualTo(STEPS.get(3).end().plusDays(28));
    }

    @Test
    @DisplayName("a second hold on the same step only keeps it going one step length past the check-in, so holds do not pile up")
    void secondHoldDoesNotPileUp() {
        LocalDate day = START.plusDays(30);
        List<TaperStep> held = StepChanges.hold(STEPS, STEPS.get(1), day, true);
        assertThat(held.get(1).end()).isEqualTo(day.plusDays(27));
        assertThat(held.get(2).start()).isEqualTo(day.plusDays(28));
        List<TaperStep> late = StepChanges.hold(STEPS, STEPS.get(1), STEPS.get(1).end(), true);
        assertThat(late.get(1).end()).isEqualTo(STEPS.get(1).end().plusDays(27));
    }

    @Test
    @DisplayName("slowing down doubles each later step at the same doses, back to back, and leaves the current step")
    void slowDown() {
        List<TaperStep> slow = StepChanges.slowDown(STEPS, STEPS.get(1), 2);
        assertThat(slow.get(1)).isEqualTo(STEPS.get(1));
        assertThat(slow.get(2).start()).isEqualTo(STEPS.get(1).end().plusDays(1));
        assertThat(StepChanges.length(slow.get(2))).isEqualTo(56);
        assertThat(slow.get(3).start()).isEqualTo(slow.get(2).end().plusDays(1));
        assertThat(slow.stream().map(TaperStep::milligrams).toList()).isEqualTo(STEPS.stream().map(TaperStep::milligrams).toList());
    }

    @Test
    @DisplayName("going back to an earlier step starts its dose today, then repeats the later steps, so no cut is larger than planned")
    void returnTo() {
        LocalDate today = STEPS.get(2).start().plusDays(3);
        List<TaperStep> back = StepChanges.returnTo(STEPS, STEPS.get(2), STEPS.get(1), today);
        assertThat(back.stream().map(s -> s.milligrams().intValue()).toList()).containsExactly(40, 30, 20, 30, 20, 0);
        assertThat(back.get(2).end()).isEqualTo(today.minusDays(1));
        assertThat(back.get(3).start()).isEqualTo(today);
        assertThat(back.stream().map(TaperStep::number).toList()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(back.get(4).explanation()).startsWith("Again after going back to the dose of step 2.");
    }

    private static TaperStep step(int number, LocalDate start, LocalDate end, int mg) {
        return new TaperStep(number, start, end, "sertraline", BigDecimal.valueOf(mg), BigDecimal.valueOf(mg),
                BigDecimal.ZERO, List.of(), null, StepLimit.PACE, "step " + number, List.of());
    }
}
