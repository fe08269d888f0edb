package org.medopt.app.safety;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.measurement.MeasureRecorded;
import org.medopt.app.measurement.MeasurementService;
import org.medopt.app.measurement.StoredResponse;
import org.medopt.measurement.Instrument;
import org.medopt.measurement.Item;
import org.medopt.measurement.SafetyFlag;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Opens a safety follow-up for the care team the moment answers that raise a safety flag are saved. It runs inside
 * the transaction that saves them, so flagged answers are never kept without their follow-up: if opening it fails,
 * the answers are not saved either.
 */
@Component
class SafetyFlagAlerts {

    private final SafetyFollowUpRepository followUps;
    private final MeasurementService measurements;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    SafetyFlagAlerts(SafetyFollowUpRepository followUps, MeasurementService measurements, AccessPolicy access,
            AuditLog audit, Clock clock) {
        this.followUps = followUps;
        this.measurements = measurements;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void measureRecorded(MeasureRecorded recorded) {
        if (recorded.flags().isEmpty()) {
            return;
        }
        StoredResponse response = recorded.response();
        Access granted = access.require(response.personId(), RecordAction.COMPLETE_INSTRUMENTS);
        Instrument instrument = measurements.instrument(response.instrumentId());
        List<RaisedFlag> flags = recorded.flags().stream()
                .map(flag -> new RaisedFlag(flag.id(), flag.reason(), answersThatRaised(instrument, flag, response.answers())))
                .toList();
        long id = followUps.open(response, flags, OffsetDateTime.now(clock));
        audit.record(AuditAction.CREATE, response.personId(), "safety-follow-up/" + id, granted.purpose());
    }

    /** The answers that set the flag off, in words: "thoughts of death or self-harm: Several days (1)". */
    private static String answersThatRaised(Instrument instrument, SafetyFlag flag, Map<String, Integer> answers) {
        return instrument.safety().stream().filter(rule -> rule.id().equals(flag.id()))
                .flatMap(rule -> rule.itemsFiredBy(answers).stream())
                .map(itemId -> inWords(instrument.item(itemId).orElseThrow(), answers.get(itemId)))
                .collect(Collectors.joining("; "));
    }

    private static String inWords(Item item, int answer) {
        return item.label() + ": " + item.answerLabels().get(answer - item.lowest()) + " (" + answer + ")";
    }
}
