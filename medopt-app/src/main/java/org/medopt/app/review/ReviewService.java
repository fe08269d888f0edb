package org.medopt.app.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.account.Actor;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.medication.MedicationEntry;
import org.medopt.app.medication.MedicationRecord;
import org.medopt.app.medication.MedicationService;
import org.medopt.app.person.PersonService;
import org.medopt.app.web.InvalidInputException;
import org.medopt.app.web.RecordNotFoundException;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.KnowledgeBase;
import org.medopt.review.Finding;
import org.medopt.review.MedicationReview;
import org.medopt.review.PersonContext;
import org.medopt.review.ReviewResult;
import org.medopt.shared.Coded;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's medication therapy review: the review engine run over the medication record as the reader may read
 * it, with the care team's answers to each finding. Reading the review and answering a finding are audited.
 */
@Service
public class ReviewService {

    /** Long enough that an override says something a colleague can weigh, such as "stable for years, declines change". */
    static final int SHORTEST_OVERRIDE_REASON = 10;

    private final MedicationService medications;
    private final PersonService persons;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final ReviewInputs inputs;
    private final MedicationReview engine;
    private final KnowledgeBase knowledge;
    private final RuleFingerprints fingerprints;
    private final ReviewRepository reviews;
    private final TeamReviews teamReviews;
    private final Clock clock;

    ReviewService(MedicationService medications, PersonService persons, AccessPolicy access, AuditLog audit,
            ReviewInputs inputs, MedicationReview engine, KnowledgeBase knowledge, RuleFingerprints fingerprints,
            ReviewRepository reviews, TeamReviews teamReviews, Clock clock) {
        this.medications = medications;
        this.persons = persons;
        this.access = access;
        this.audit = audit;
        this.inputs = inputs;
        this.engine = engine;
        this.knowledge = knowledge;
        this.fingerprints = fingerprints;
        this.reviews = reviews;
        this.teamReviews = teamReviews;
        this.clock = clock;
    }

    /** The person's review today, over the entries the signed-in reader may read, with each finding's answer. */
    @Transactional
    public PersonReview reviewOf(long personId) {
        Access granted = access.require(personId, RecordAction.READ);
        PersonReview review = current(personId);
        audit.record(AuditAction.READ, personId, "medication-review", granted.purpose());
        return review;
    }

    /**
     * The person's review today as {@code clinician} may read it, for the CDS client {@code client} that asks on the
     * clinician's behalf (a CDS Hooks call without prefetch naming them as its user). The access policy decides for the
     * clinician exactly as for {@link #reviewOf}: the care team or emergency access, and only the sensitive entries
     * they may read shape findings. Every read is audited as the clinician's, through the client. Nobody is signed in.
     *
     * @throws RecordNotFoundException when no person has that id
     * @throws org.springframework.security.access.AccessDeniedException when the clinician may not read the record
     *     (the refusal is audited)
     */
    @Transactional
    public PersonReview reviewViaClient(Actor clinician, String client, long personId) {
        if (!persons.exists(personId)) {
            throw new RecordNotFoundException("person", personId);
        }
        Access granted = access.requireViaClient(clinician, client, personId, RecordAction.READ);
        LocalDate today = LocalDate.now(clock);
        PersonReview review = current(personId, today, medications.recordViaClient(clinician, client, personId),
                inputs.contextViaClient(clinician, client, personId, today));
        audit.recordViaClient(clinician, client, AuditAction.READ, personId, "medication-review", granted.purpose());
        return review;
    }

    /**
     * Acknowledges or overrides a finding of the person's current review, as those who may change the medication
     * record may. An override needs a reason; a finding already answered under its rule as it reads now is not
     * answered again.
     */
    @Transactional
    public void respond(long personId, FindingResponse answer) {
        Access granted = access.require(personId, RecordAction.WRITE_MEDICATIONS);
        ResponseKind kind = Coded.find(ResponseKind.class, answer.response() == null ? "" : answer.response().strip())
                .orElseThrow(() -> new InvalidInputException("response", "choose whether to acknowledge or override the finding"));
        String reason = answer.reason() == null || answer.reason().isBlank() ? null : answer.reason().strip();
        if (kind == ResponseKind.OVERRIDDEN && (reason == null || reason.length() < SHORTEST_OVERRIDE_REASON)) {
            throw new InvalidInputException("reason", "say why the medication stays as it is, in at least "
                    + SHORTEST_OVERRIDE_REASON + " characters");
        }
        ReviewedFinding finding = current(personId).finding(answer.findingKey() == null ? "" : answer.findingKey())
                .orElseThrow(() -> new InvalidInputException("findingKey",
                        "this finding is not in the person's current review; the record may have changed, so look at the review again"));
        if (!finding.open()) {
            throw new InvalidInputException("findingKey", "this finding was already answered");
        }
        long id = reviews.insertResponse(personId, new StoredFinding(finding.key(), finding.finding().severity(),
                fingerprints.of(finding.finding())), knowledge.version(), kind, reason, granted.actor().username(),
                OffsetDateTime.now(clock));
        audit.record(AuditAction.CREATE, personId, "medication-review/response/" + id, granted.purpose());
    }

    private PersonReview current(long personId) {
        LocalDate today = LocalDate.now(clock);
        return current(personId, today, medications.record(personId), inputs.context(personId, today));
    }

    private PersonReview current(long personId, LocalDate today, MedicationRecord record, PersonContext context) {
        List<MedicationEntry> readable = Stream.concat(record.current().stream(), record.past().stream()).toList();
        ReviewResult result = engine.review(inputs.medications(readable, today), context);
        teamReviews.refreshIfOutdated(personId, readable, context);
        Map<String, String> names = readable.stream().filter(MedicationEntry::inCatalog)
                .collect(Collectors.toMap(MedicationEntry::rxcui, MedicationEntry::drugName, (first, second) -> first));
        List<StoredResponse> answers = reviews.responses(personId);
        return new PersonReview(personId, today, result.knowledgeVersion(),
                result.findings().stream().map(finding -> reviewed(finding, names, answers)).toList(),
                result.notChecked(), record.withheld());
    }

    private ReviewedFinding reviewed(Finding finding, Map<String, String> names, List<StoredResponse> answers) {
        String fingerprint = fingerprints.of(finding);
        List<StoredResponse> toThisFinding = answers.stream().filter(a -> a.findingKey().equals(finding.key())).toList();
        Response holding = toThisFinding.stream().filter(a -> a.ruleFingerprint().equals(fingerprint)).findFirst()
                .map(StoredResponse::response).orElse(null);
        Response earlier = holding != null ? null
                : toThisFinding.stream().findFirst().map(StoredResponse::response).orElse(null);
        List<String> medicines = finding.rxcuis().stream()
                .map(rxcui -> names.getOrDefault(rxcui, knowledge.catalog().byRxcui(rxcui).map(Drug::name).orElse(rxcui)))
                .toList();
        return new ReviewedFinding(finding, medicines, holding, earlier);
    }
}
