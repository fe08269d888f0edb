package org.medopt.taper;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.medopt.knowledge.KnowledgeBase;

/**
 * Sertraline 150 mg a day at 10% with the shipped products and a compounded liquid. At 1 mg/mL, 12 mg cut by 10% needs
 * 10.8 mL, more than the 10 mL measured at one time of day; at 2 mg/mL, 1.8 mg cut by 10% needs 0.81 mL, which 0.1 mL
 * steps of 0.2 mg cannot make within the window 1.62–1.8 mg.
 */
@Tag("shipped-data")
@DisplayName("When a compounded liquid cannot make the next cut, the plan says which way it falls short")
class CompoundedLiquidTests {

    private static final TaperPlanner PLANNER = new TaperPlanner(KnowledgeBase.load().catalog());

    @Test
    @DisplayName("too weak: at 1 mg/mL it asks for a higher concentration, naming the 10 mL limit")
    void tooWeak() {
        assertThat(plan("1").problems()).singleElement().asString().startsWith("Below 12 mg")
                .contains("of higher concentration (at most 10 mL");
    }

    @Test
    @DisplayName("too strong: at 2 mg/mL it asks for a lower concentration")
    void tooStrong() {
        assertThat(plan("2").problems()).singleElement().asString().startsWith("Below 1.8 mg")
                .contains("of lower concentration");
    }

    private static TaperPlan plan(String mgPerMl) {
        return PLANNER.plan(TaperRequest.of(PLANNER.drug("sertraline"), new BigDecimal("150"), LocalDate.of(2026, 12, 1))
                .compounded(new BigDecimal(mgPerMl)).build());
    }
}
