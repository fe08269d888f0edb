package org.medopt.app.registry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.web.ConcurrentChangeException;
import org.medopt.app.web.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The psychiatric case-review list, person by person: the care team puts a person on it with why; recording the
 * psychiatric consultant's recommendation takes them off. Every entry is kept. Every read and write asks the access
 * policy and is audited.
 */
@Service
public class CaseReviewService {

    private final CaseReviewRepository reviews;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    CaseReviewService(CaseReviewRepository reviews, AccessPolicy access, AuditLog audit, Clock clock) {
        this.reviews = reviews;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's entries, newest first, reviewed ones included. */
    @Transactional
    public List<CaseReviewEntry> entries(long personId) {
        Access granted = access.require(personId, RecordAction.READ);
        List<CaseReviewEntry> found = reviews.ofPerson(personId);
        audit.record(AuditAction.READ, personId, "case-review", granted.purpose());
        return found;
    }

    /** Puts the person on the list; refused while they are on it. */
    @Transactional
    public long add(long personId, CaseReviewRequest request) {
        Access granted = access.require(personId, RecordAction.MANAGE_CARE_EPISODES);
        if (reviews.awaitingOf(personId).isPresent()) {
            throw new InvalidInputException("reason", "the person is on the case-review list already");
        }
        long id;
        try {
            id = reviews.insert(personId, request.reason().strip(), granted.actor().username(), OffsetDateTime.now(clock));
        } catch (DuplicateKeyException raced) {
            throw new ConcurrentChangeException("case-review list");
        }
        audit.record(AuditAction.CREATE, personId, "case-review/" + id, granted.purpose());
        return id;
    }

    /** Records the consultant's recommendation on the person's waiting entry, which takes them off the list. */
    @Transactional
    public void recommend(long personId, Recommendation recommendation) {
        Access granted = access.require(personId, RecordAction.MANAGE_CARE_EPISODES);
        CaseReviewEntry waiting = reviews.awaitingOf(personId).orElseThrow(() -> new InvalidInputException(
                "recommendation", "the person is not on the case-review list"));
        if (!reviews.review(waiting.id(), recommendation.consultant().strip(), recommendation.recommendation().strip(),
                granted.actor().username(), OffsetDateTime.now(clock))) {
            throw new ConcurrentChangeException("case-review entry");
        }
        audit.record(AuditAction.UPDATE, personId, "case-review/" + waiting.id(), granted.purpose());
    }
}
