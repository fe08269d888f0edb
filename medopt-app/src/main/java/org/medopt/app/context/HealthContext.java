package org.medopt.app.context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything recorded about a person's health context, as the reader may see it.
 *
 * @param status the current sex and pregnancy status
 * @param statusHistory every status recorded, newest first
 * @param conditions every condition, active ones first, then newest first
 * @param observations every observation, newest first by the date it was taken
 */
public record HealthContext(ClinicalStatus status, List<ClinicalStatus> statusHistory, List<HealthCondition> conditions,
        List<HealthObservation> observations) {

    public List<HealthCondition> activeConditions() {
        return conditions.stream().filter(HealthCondition::active).toList();
    }

    public List<HealthCondition> closedConditions() {
        return conditions.stream().filter(condition -> !condition.active()).toList();
    }

    /** The observations grouped by test, the test with the newest result first. */
    public List<TestResults> resultsByTest() {
        Map<String, List<HealthObservation>> byCode = new LinkedHashMap<>();
        observations.forEach(o -> byCode.computeIfAbsent(o.code(), code -> new ArrayList<>()).add(o));
        return byCode.values().stream().map(results -> new TestResults(results.get(0).code(), results.get(0).display(),
                results)).toList();
    }
}
