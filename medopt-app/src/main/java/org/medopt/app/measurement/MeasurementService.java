package org.medopt.app.measurement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.InvalidInputException;
import org.medopt.app.web.RecordNotFoundException;
import org.medopt.measurement.AnswerProblem;
import org.medopt.measurement.Band;
import org.medopt.measurement.Instrument;
import org.medopt.measurement.InstrumentScorer;
import org.medopt.measurement.Instruments;
import org.medopt.measurement.InvalidAnswers;
import org.medopt.measurement.SafetyFlag;
import org.medopt.measurement.Score;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completed rating instruments: the person answers in the portal, or a team member enters the person's answers for
 * them; each is scored by the instrument's cited rules and kept with its score. Saving publishes
 * {@link MeasureRecorded} in the same transaction, so a safety flag is never saved without its follow-up.
 */
@Service
public class MeasurementService {

    private final Instruments instruments;
    private final InstrumentScorer scorer;
    private final ResponseRepository responses;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final SubmissionGuard submissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeasurementService(Instruments instruments, InstrumentScorer scorer, ResponseRepository responses,
            AccessPolicy access, AuditLog audit, SubmissionGuard submissions, ApplicationEventPublisher events,
            Clock clock) {
        this.instruments = instruments;
        this.scorer = scorer;
        this.responses = responses;
        this.access = access;
        this.audit = audit;
        this.submissions = submissions;
        this.events = events;
        this.clock = clock;
    }

    /** The instruments this deployment may use, in the file's order: the freely usable ones and those it licensed. */
    public List<Instrument> offered() {
        return instruments.all().stream().filter(scorer::mayUse).toList();
    }

    /** An instrument this deployment may use; not found otherwise, as if it did not exist. */
    public Instrument offered(String instrumentId) {
        return instruments.find(instrumentId).filter(scorer::mayUse)
                .orElseThrow(() -> new RecordNotFoundException("instrument", instrumentId));
    }

    /** The offered instruments a person can answer alone in the portal (see {@link Instrument#selfReportable()}). */
    public List<Instrument> selfReportable() {
        return offered().stream().filter(Instrument::selfReportable).toList();
    }

    /** Any instrument of the file, offered or not, to show a response saved under it. */
    public Instrument instrument(String instrumentId) {
        return instruments.get(instrumentId);
    }

    public String instrumentsVersion() {
        return instruments.version();
    }

    /** Scores and saves the answers; what cannot be scored is refused at each question, and nothing is saved. */
    @Transactional
    public StoredResponse record(long personId, String instrumentId, InstrumentForm form) {
        Access granted = access.require(personId, RecordAction.COMPLETE_INSTRUMENTS);
        Instrument instrument = offered(instrumentId);
        boolean byPerson = granted.actor().ownsRecordOf(personId);
        if (byPerson && !instrument.selfReportable()) {
            throw new RecordNotFoundException("instrument", instrumentId);
        }
        LocalDate completedOn = byPerson ? LocalDate.now(clock) : completedOn(form.getCompletedOn());
        Score score = score(instrument, answers(form.getAnswers()));
        submissions.accept(form.getSubmissionToken(), "instrument");
        StoredResponse saved = responses.insert(personId, instrument.id(), instruments.version(), inItemOrder(instrument, score),
                score.total().isPresent() ? score.total().getAsInt() : null, score.band().map(Band::label).orElse(null),
                score.percentage().isPresent() ? score.percentage().getAsInt() : null,
                score.safetyFlags().stream().map(SafetyFlag::id).toList(), completedOn, byPerson,
                granted.actor().username(), OffsetDateTime.now(clock));
        audit.record(AuditAction.CREATE, personId, "questionnaire-response/" + saved.id(), granted.purpose());
        events.publishEvent(new MeasureRecorded(saved, score.safetyFlags()));
        return saved;
    }

    /** The person's completed instruments, oldest first. */
    @Transactional
    public List<StoredResponse> responses(long personId) {
        Access granted = access.require(personId, RecordAction.READ);
        List<StoredResponse> found = responses.ofPerson(personId);
        audit.record(AuditAction.READ, personId, "questionnaire-responses", granted.purpose());
        return found;
    }

    /** One of the person's completed instruments. */
    @Transactional
    public StoredResponse response(long personId, long responseId) {
        Access granted = access.require(personId, RecordAction.READ);
        StoredResponse found = responses.find(personId, responseId)
                .orElseThrow(() -> new RecordNotFoundException("questionnaire response", responseId));
        audit.record(AuditAction.READ, personId, "questionnaire-response/" + responseId, granted.purpose());
        return found;
    }

    /** The person's responses, instrument by instrument, each judged against its baseline. */
    @Transactional
    public List<InstrumentHistory> histories(long personId) {
        return InstrumentHistory.of(responses(personId), instruments.all());
    }

    /** One of the person's responses as a page shows it, judged against the baseline of its instrument. */
    @Transactional
    public ResponseView view(long personId, long responseId) {
        StoredResponse found = response(personId, responseId);
        List<StoredResponse> sameInstrument = responses.ofPerson(personId).stream()
                .filter(r -> r.instrumentId().equals(found.instrumentId())).toList();
        return ResponseView.of(found, instrument(found.instrumentId()), InstrumentHistory.baseline(sameInstrument));
    }

    private static Map<String, Integer> inItemOrder(Instrument instrument, Score score) {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        instrument.items().stream().filter(i -> score.answers().containsKey(i.id()))
                .forEach(i -> ordered.put(i.id(), score.answers().get(i.id())));
        return ordered;
    }

    private Score score(Instrument instrument, Map<String, Integer> answers) {
        try {
            return scorer.score(instrument, answers);
        } catch (InvalidAnswers e) {
            Map<String, String> byField = new LinkedHashMap<>();
            for (AnswerProblem problem : e.byItem()) {
                byField.putIfAbsent("answers[" + problem.item() + "]", problem.missing()
                        ? "choose an answer to this question" : problem.text());
            }
            throw new InvalidInputException(byField);
        }
    }

    /** The form's answers as numbers; an answer that is not one of the item's choices is refused at its question. */
    private static Map<String, Integer> answers(Map<String, String> given) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        Map<String, String> refused = new LinkedHashMap<>();
        given.forEach((item, text) -> {
            if (text == null || text.isBlank()) {
                return;
            }
            try {
                answers.put(item, Integer.valueOf(text.strip()));
            } catch (NumberFormatException e) {
                refused.put("answers[" + item + "]", "choose one of the answers offered");
            }
        });
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return answers;
    }

    private LocalDate completedOn(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("completedOn", "enter the day the person answered");
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (day.isAfter(LocalDate.now(clock))) {
                throw new InvalidInputException("completedOn", "the day cannot be in the future");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("completedOn", "enter the day as yyyy-mm-dd");
        }
    }
}
