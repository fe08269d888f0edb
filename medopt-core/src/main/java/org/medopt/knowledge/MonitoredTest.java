package org.medopt.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A test a monitoring protocol asks for: its LOINC code (the first of {@code loincCodes}, which a result under any of
 * them satisfies), how it reads and its unit, and how often.
 *
 * @param schedule how often, by time on the drug; empty when the source asks only for a result before treatment
 *     (a baseline), which any result on record satisfies
 * @param sources where the schedule and the codes come from
 */
public record MonitoredTest(List<String> loincCodes, String display, String unit, List<TestInterval> schedule,
        List<KnowledgeSource> sources) {

    public MonitoredTest {
        loincCodes = List.copyOf(loincCodes);
        schedule = List.copyOf(schedule);
        sources = List.copyOf(sources);
    }

    public String loinc() {
        return loincCodes.get(0);
    }

    /**
     * How many days a result stays current after {@code daysOnDrug} days of treatment; empty for a baseline-only
     * test. When the start is unknown ({@code null}) the longest interval applies, so nothing is asked for sooner than
     * the source asks.
     */
    public Optional<Integer> intervalDays(Integer daysOnDrug) {
        if (schedule.isEmpty()) {
            return Optional.empty();
        }
        TestInterval applies = schedule.get(schedule.size() - 1);
        if (daysOnDrug != null) {
            for (TestInterval interval : schedule) {
                if (daysOnDrug >= interval.fromDay()) {
                    applies = interval;
                }
            }
        }
        return Optional.of(applies.everyDays());
    }

    /** From {@code fromDay} days on the drug, a result is due every {@code everyDays} days. */
    public record TestInterval(int fromDay, int everyDays) {
    }
}
