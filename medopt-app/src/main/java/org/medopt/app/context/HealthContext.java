package org.medopt.app.context;

import java.util.List;

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
}
