package org.medopt.app.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.account.Actor;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.audit.Purpose;
import org.medopt.app.fhir.FhirReviewInput;
import org.medopt.app.fhir.FhirReviewService;
import org.medopt.app.fhir.ReviewFindings;
import org.medopt.app.review.PersonReview;
import org.medopt.app.review.ReviewService;
import org.medopt.app.review.ReviewedFinding;
import org.medopt.app.web.InvalidInputException;
import org.medopt.app.web.RecordNotFoundException;
import org.medopt.review.ReviewResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers CDS Hooks calls with the review's findings as cards, and records the feedback on them. With prefetch, the
 * review reads only what the client sent; without it, medication-review reviews MedOpt's own record of the person
 * whose MedOpt id is {@code context.patientId}, on behalf of the clinician named in {@code context.userId}, for a
 * client configured to allow it (see {@link #fromRecord}).
 */
@Service
class CdsHooksService {

    private static final Set<String> OUTCOMES = Set.of("accepted", "overridden");
    /** How {@code context.userId} names a MedOpt staff account: {@code Practitioner/} and the account's username. */
    static final String PRACTITIONER = "Practitioner/";

    private final FhirReviewInput fhir;
    private final FhirReviewService reviews;
    private final ReviewService personReviews;
    private final AccessPolicy access;
    private final CdsHooksSettings settings;
    private final CdsCardRepository cards;
    private final AuditLog audit;
    private final Clock clock;

    CdsHooksService(FhirReviewInput fhir, FhirReviewService reviews, ReviewService personReviews, AccessPolicy access,
            CdsHooksSettings settings, CdsCardRepository cards, AuditLog audit, Clock clock) {
        this.fhir = fhir;
        this.reviews = reviews;
        this.personReviews = personReviews;
        this.access = access;
        this.settings = settings;
        this.cards = cards;
        this.audit = audit;
        this.clock = clock;
    }

    /** The cards for one call; each is kept (by rule and drug codes, not the EHR's patient id) for its feedback. */
    @Transactional
    List<CdsCard> call(CdsService service, JsonNode body, String client) {
        CdsHookCall call = CdsHookCall.read(service, body, fhir);
        ReviewFindings findings = call.prefetch().isPresent()
                ? reviews.review(fhir.read(call.prefetch().get(), call.draftOrders(), reviews.today()))
                : fromRecord(service, call, client);
        List<CdsCard> answer = CdsCards.of(findings);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (CdsCard card : answer) {
            CdsCard.FindingExtension finding = card.finding();
            cards.issued(new CdsCardRepository.IssuedCard(card.uuid(), service.id(), client, call.hookInstance(),
                    finding.ruleId(), finding.ruleId() + ":" + String.join("+", finding.rxnorm()), finding.severity(),
                    findings.knowledgeVersion(), now));
        }
        return answer;
    }

    /**
     * Without prefetch: MedOpt's own record of the person whose MedOpt id is {@code context.patientId}, reviewed on
     * behalf of the clinician {@code context.userId} names ({@code Practitioner/<username>}), as far as that clinician
     * may read it, and only for a client configured with {@code may-read-records}.
     */
    private ReviewFindings fromRecord(CdsService service, CdsHookCall call, String client) {
        if (service != CdsService.MEDICATION_REVIEW) {
            throw PrefetchMissingException.serviceNeedsPrefetch(service);
        }
        if (!settings.mayReadRecords(client)) {
            throw PrefetchMissingException.clientMayNotReadRecords(service);
        }
        Actor clinician = username(call.userId()).flatMap(access::clinician).orElseThrow(() -> new NoClinicianException(
                "context.userId names no MedOpt clinical staff account: without prefetch, a CDS client can act only for "
                        + "the clinician using it, named as " + PRACTITIONER + "<MedOpt username>"));
        PersonReview review = personReviews.reviewViaClient(clinician, client, personId(call.patientId()));
        return ReviewFindings.of(new ReviewResult(review.knowledgeVersion(),
                review.findings().stream().map(ReviewedFinding::finding).toList(), review.notChecked()), List.of());
    }

    private static Optional<String> username(String userId) {
        return userId != null && userId.startsWith(PRACTITIONER) && userId.length() > PRACTITIONER.length()
                ? Optional.of(userId.substring(PRACTITIONER.length())) : Optional.empty();
    }

    private static long personId(String patientId) {
        try {
            return Long.parseLong(patientId);
        } catch (NumberFormatException e) {
            throw new RecordNotFoundException("person", patientId);
        }
    }

    /** Records each outcome reported; all or none, and only for cards this service gave this client. */
    @Transactional
    void feedback(CdsService service, JsonNode body, String client) {
        JsonNode items = body.path("feedback");
        if (!items.isArray() || items.isEmpty()) {
            throw new InvalidInputException("feedback", "Feedback is an object with a non-empty 'feedback' array");
        }
        List<CardFeedback> outcomes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            outcomes.add(feedback(items.get(i), "feedback[" + i + "]", service, client));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        outcomes.forEach(outcome -> cards.feedback(outcome, client, now));
        audit.recordClient(client, AuditAction.CREATE, null, "cds-feedback", Purpose.TREATMENT);
    }

    private CardFeedback feedback(JsonNode item, String field, CdsService service, String client) {
        String card = item.path("card").asText("");
        if (cards.find(card, service.id(), client).isEmpty()) {
            throw new InvalidInputException(field + ".card", "No card " + card + " was given to this client by " + service.id());
        }
        String outcome = item.path("outcome").asText("");
        if (!OUTCOMES.contains(outcome)) {
            throw new InvalidInputException(field + ".outcome", "The outcome is 'accepted' or 'overridden'");
        }
        OffsetDateTime outcomeAt;
        try {
            outcomeAt = OffsetDateTime.parse(item.path("outcomeTimestamp").asText(""));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field + ".outcomeTimestamp", "The outcomeTimestamp is an ISO timestamp in UTC");
        }
        JsonNode reason = item.path("overrideReason").path("reason");
        return new CardFeedback(card, outcome, optional(reason, "system", 200), optional(reason, "code", 100),
                optional(reason, "display", 200), optional(item.path("overrideReason"), "userComment", 2000), outcomeAt);
    }

    /** A text field, or null; cut to the column's length rather than refusing a clinician's long comment. */
    private static String optional(JsonNode node, String field, int length) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            return null;
        }
        return value.asText().length() <= length ? value.asText() : value.asText().substring(0, length);
    }
}
