package org.medopt.app.context;

import jakarta.validation.Valid;
import java.net.URI;
import org.medopt.app.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * A person's health context over REST. Nothing is deleted: a condition is closed (resolved or entered in error) and
 * a result marked entered in error, each with a reason.
 */
@ApiController("/api/persons/{personId}")
class ContextApiController {

    private final ClinicalContextService context;

    ContextApiController(ClinicalContextService context) {
        this.context = context;
    }

    /** Current sex and pregnancy status with its history, every condition and every result. */
    @GetMapping("/context")
    HealthContext record(@PathVariable long personId) {
        return context.record(personId);
    }

    /** Records sex and pregnancy status; needs the {@code version} read (0 for none) and, for a change, a reason. */
    @PutMapping("/context/status")
    ClinicalStatus recordStatus(@PathVariable long personId, @Valid @RequestBody StatusDetails details) {
        context.recordStatus(personId, details);
        return context.record(personId).status();
    }

    @PostMapping("/conditions")
    ResponseEntity<HealthCondition> addCondition(@PathVariable long personId,
            @Valid @RequestBody ConditionDetails details) {
        long id = context.addCondition(personId, details);
        return ResponseEntity.created(URI.create("/api/persons/" + personId + "/conditions/" + id))
                .body(context.condition(personId, id));
    }

    @GetMapping("/conditions/{conditionId}")
    HealthCondition condition(@PathVariable long personId, @PathVariable long conditionId) {
        return context.condition(personId, conditionId);
    }

    /** Resolves an active condition or marks it entered in error; a closed one is refused with 409. */
    @PostMapping("/conditions/{conditionId}/closure")
    HealthCondition closeCondition(@PathVariable long personId, @PathVariable long conditionId,
            @Valid @RequestBody ConditionClosure closure) {
        context.closeCondition(personId, conditionId, closure);
        return context.condition(personId, conditionId);
    }

    @PostMapping("/observations")
    ResponseEntity<HealthObservation> addObservation(@PathVariable long personId,
            @Valid @RequestBody ObservationDetails details) {
        long id = context.addObservation(personId, details);
        return ResponseEntity.created(URI.create("/api/persons/" + personId + "/observations/" + id))
                .body(context.observation(personId, id));
    }

    @GetMapping("/observations/{observationId}")
    HealthObservation observation(@PathVariable long personId, @PathVariable long observationId) {
        return context.observation(personId, observationId);
    }

    /** Marks a result entered in error; one already marked is refused with 409. */
    @PostMapping("/observations/{observationId}/retraction")
    HealthObservation retract(@PathVariable long personId, @PathVariable long observationId,
            @Valid @RequestBody ObservationRetraction retraction) {
        context.retractObservation(personId, observationId, retraction);
        return context.observation(personId, observationId);
    }
}
