package org.medopt.app.amendment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.medication.MedicationService;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.InvalidInputException;
import org.medopt.app.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of the record, as HIPAA 45 CFR 164.526 describes them: the person asks, naming what is wrong and
 * what it should say; a member of the care team who may change that part of the record accepts (and then makes
 * the change through the usual edit page, which keeps its revision) or denies with a reason; the person may add a
 * statement of disagreement to a denial. Everyone who reads the record sees the requests, decisions and statements.
 */
@Service
public class AmendmentService {

    private static final String RESOURCE = "amendment-request/";

    private final AmendmentRepository requests;
    private final MedicationService medications;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final SubmissionGuard submissions;
    private final Clock clock;

    AmendmentService(AmendmentRepository requests, MedicationService medications, AccessPolicy access, AuditLog audit,
            SubmissionGuard submissions, Clock clock) {
        this.requests = requests;
        this.medications = medications;
        this.access = access;
        this.audit = audit;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** The person asks for a correction of their details or of one medication entry. */
    @Transactional
    public long request(long personId, CorrectionRequest correction) {
        Access granted = access.require(personId, RecordAction.REQUEST_AMENDMENT);
        Long entryId = correction.medicationEntryId();
        if (entryId != null && medications.nameIfReadable(personId, entryId).isEmpty()) {
            throw new RecordNotFoundException("medication entry", entryId);
        }
        submissions.accept(correction.submissionToken(), "amendment-request");
        long id = requests.insert(personId, correction, granted.actor().username(), OffsetDateTime.now(clock));
        audit.record(AuditAction.CREATE, personId, RESOURCE + id, granted.purpose());
        return id;
    }

    /**
     * The requests on the person's record, newest first. A request about an entry the reader may not read (a
     * sensitive record the person has not shared) is left out, since its words would tell what the entry is.
     */
    @Transactional
    public List<AmendmentRequest> onRecord(long personId) {
        Access granted = access.require(personId, RecordAction.READ);
        audit.record(AuditAction.READ, personId, "amendment-requests", granted.purpose());
        return requests.findByPerson(personId).stream().map(this::named).flatMap(Optional::stream).toList();
    }

    @Transactional
    public AmendmentRequest get(long personId, long requestId) {
        Access granted = access.require(personId, RecordAction.READ);
        AmendmentRequest request = find(personId, requestId);
        audit.record(AuditAction.READ, personId, RESOURCE + requestId, granted.purpose());
        return request;
    }

    /**
     * Whether the signed-in actor may decide the request: who may change the part of the record it is about, that
     * is the medication record or the person's details.
     */
    public boolean mayDecide(AmendmentRequest request) {
        return request.open() && access.permits(request.personId(), actionToDecide(request));
    }

    /** Accepts or denies a request still waiting; a decision is final, and a denial says why. */
    @Transactional
    public void decide(long personId, long requestId, Decision decision) {
        access.require(personId, RecordAction.READ);
        AmendmentRequest request = find(personId, requestId);
        Access granted = access.require(personId, actionToDecide(request));
        if (!request.open()) {
            throw new InvalidInputException("outcome", "this request was already decided; a decision is final");
        }
        AmendmentStatus outcome = outcomeOf(decision.outcome());
        String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
        if (outcome == AmendmentStatus.DENIED && reason == null) {
            throw new InvalidInputException("reason", "say why the request is denied, in words the person can follow");
        }
        if (requests.decide(requestId, outcome, reason, granted.actor().username(), OffsetDateTime.now(clock)) == 0) {
            throw new InvalidInputException("outcome", "someone else decided this request first; a decision is final");
        }
        audit.record(AuditAction.UPDATE, personId, RESOURCE + requestId + "/decision", granted.purpose());
    }

    /** The person adds, once, a statement of why they disagree with a denial; it is kept with the request. */
    @Transactional
    public void disagree(long personId, long requestId, Disagreement disagreement) {
        Access granted = access.require(personId, RecordAction.REQUEST_AMENDMENT);
        AmendmentRequest request = find(personId, requestId);
        if (!request.awaitsDisagreement()
                || requests.disagree(requestId, disagreement.statement().strip(), OffsetDateTime.now(clock)) == 0) {
            throw new InvalidInputException("statement", request.disagreementStatement() == null
                    ? "you can add a statement of disagreement only to a request that was denied"
                    : "your statement of disagreement is already kept with your record");
        }
        audit.record(AuditAction.UPDATE, personId, RESOURCE + requestId + "/disagreement", granted.purpose());
    }

    /** The request in the person's record, if the reader may read what it is about. */
    private AmendmentRequest find(long personId, long requestId) {
        return requests.find(personId, requestId).flatMap(this::named)
                .orElseThrow(() -> new RecordNotFoundException("amendment request", requestId));
    }

    /** The request with its entry's name, or empty when it is about an entry the reader may not read. */
    private Optional<AmendmentRequest> named(AmendmentRequest request) {
        if (!request.aboutMedication()) {
            return Optional.of(request);
        }
        return medications.nameIfReadable(request.personId(), request.medicationEntryId()).map(request::named);
    }

    private static RecordAction actionToDecide(AmendmentRequest request) {
        return request.aboutMedication() ? RecordAction.WRITE_MEDICATIONS : RecordAction.EDIT_DEMOGRAPHICS;
    }

    private static AmendmentStatus outcomeOf(String outcome) {
        if (AmendmentStatus.ACCEPTED.code().equals(outcome)) {
            return AmendmentStatus.ACCEPTED;
        }
        if (AmendmentStatus.DENIED.code().equals(outcome)) {
            return AmendmentStatus.DENIED;
        }
        throw new InvalidInputException("outcome", "choose whether to accept or deny the request");
    }
}
