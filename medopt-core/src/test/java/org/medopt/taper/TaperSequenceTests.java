package org.medopt.taper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medopt.taper.TaperFixture.CITALOPRAM;
import static org.medopt.taper.TaperFixture.FLUOXETINE;
import static org.medopt.taper.TaperFixture.PAROXETINE;
import static org.medopt.taper.TaperFixture.PLANNER;
import static org.medopt.taper.TaperFixture.RISPERIDONE;
import static org.medopt.taper.TaperFixture.mg;
import static org.medopt.taper.TaperFixture.request;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.knowledge.Drug;

@DisplayName("Tapering several drugs")
class TaperSequenceTests {

    private static final TaperSequence SEQUENCE = new TaperSequence(PLANNER);
    private static final List<TaperRequest> REQUESTS = List.of(
            request(PAROXETINE, "20").method(TaperMethod.PROPORTIONAL).pace(mg("50")).build(),
            request(RISPERIDONE, "2").method(TaperMethod.PROPORTIONAL).pace(mg("50")).build(),
            request(CITALOPRAM, "20").method(TaperMethod.PROPORTIONAL).pace(mg("50")).build(),
            request(FLUOXETINE, "20").method(TaperMethod.PROPORTIONAL).pace(mg("50")).build());

    @Test
    @DisplayName("proposes the drugs graded higher for withdrawal risk last: low, moderate, ungraded, high")
    void byWithdrawalRisk() {
        TaperSchedule schedule = SEQUENCE.plan(REQUESTS, List.of());

        assertThat(schedule.plans()).extracting(TaperPlan::drug)
                .containsExactly("fluoxetine", "citalopram", "risperidone", "paroxetine");
        assertThat(schedule.explanation().get(0)).contains("proposal to talk over");
        assertThat(schedule.explanation()).anyMatch(l -> l.startsWith("paroxetine: withdrawal risk graded high"));
    }

    @Test
    @DisplayName("puts the person's own priority first")
    void personFirst() {
        List<Drug> priority = List.of(PAROXETINE);
        TaperSchedule schedule = SEQUENCE.plan(REQUESTS, priority);

        assertThat(schedule.plans()).extracting(TaperPlan::drug).startsWith("paroxetine", "fluoxetine");
        assertThat(schedule.explanation()).contains("paroxetine: the person's own priority (first).");
    }

    @Test
    @DisplayName("changes one drug at a time: each drug's first cut starts the step after the previous drug's stop")
    void oneAtATime() {
        TaperSchedule schedule = SEQUENCE.plan(REQUESTS, List.of());

        assertThat(schedule.plans().get(0).steps().get(0).start()).isEqualTo(TaperFixture.START);
        for (int i = 1; i < schedule.plans().size(); i++) {
            TaperStep previousStop = schedule.plans().get(i - 1).last();
            assertThat(previousStop.stop()).isTrue();
            assertThat(schedule.plans().get(i).steps().get(0).start()).isEqualTo(previousStop.end().plusDays(1));
        }
        assertThat(schedule.complete()).isTrue();
    }
}
