package org.medopt.app.context;

import java.util.List;

/**
 * The results of one test (one LOINC code), newest first by the date taken, so a reader sees the latest value at a
 * glance and the earlier ones on request.
 *
 * @param results newest first; results entered in error included, marked
 */
public record TestResults(String code, String display, List<HealthObservation> results) {

    public TestResults {
        results = List.copyOf(results);
    }

    /** The newest result that stands, or the newest of all when every one was entered in error. */
    public HealthObservation latest() {
        return results.stream().filter(HealthObservation::standing).findFirst().orElse(results.get(0));
    }

    public List<HealthObservation> earlier() {
        HealthObservation latest = latest();
        return results.stream().filter(result -> result != latest).toList();
    }
}
