package org.medopt.app.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.ConcurrentChangeException;
import org.medopt.app.web.InvalidInputException;
import org.medopt.shared.Coded;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's care-management episodes: started, given the day of the next contact, ended with a reason. A person has
 * at most one open episode. Nothing is changed back or deleted: the next contact's day is appended each time it is
 * set, and an episode is ended once. Every read and write asks the access policy and is audited.
 */
@Service
public class CareEpisodeService {

    private final CareEpisodeRepository episodes;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final SubmissionGuard submissions;
    private final Clock clock;

    CareEpisodeService(CareEpisodeRepository episodes, AccessPolicy access, AuditLog audit, SubmissionGuard submissions,
            Clock clock) {
        this.episodes = episodes;
        this.access = access;
        this.audit = audit;
        this.submissions = submissions;
        this.clock = clock;
    }

    /** The person's episodes, the newest start first; the billing report reads the CoCM ones' starts. */
    @Transactional
    public List<CareEpisode> episodes(long personId) {
        Access granted = access.require(personId, RecordAction.READ);
        List<CareEpisode> found = episodes.ofPerson(personId);
        audit.record(AuditAction.READ, personId, "care-episodes", granted.purpose());
        return found;
    }

    /** Opens an episode; refused at the field while another is open or when it would start inside an earlier one. */
    @Transactional
    public long start(long personId, EpisodeStart form) {
        Access granted = access.require(personId, RecordAction.MANAGE_CARE_EPISODES);
        CareProgram program = Coded.find(CareProgram.class, form.program())
                .orElseThrow(() -> new InvalidInputException("program", "choose CoCM or general BHI"));
        List<CareEpisode> earlier = episodes.ofPerson(personId);
        earlier.stream().filter(CareEpisode::open).findFirst().ifPresent(open -> {
            throw new InvalidInputException("program", "an episode is open since " + open.startedOn()
                    + "; end it before starting another");
        });
        earlier.stream().filter(e -> !form.startedOn().isAfter(e.endedOn())).findFirst().ifPresent(e -> {
            throw new InvalidInputException("startedOn", "the episode must start after the earlier one ended on "
                    + e.endedOn());
        });
        if (form.nextContactDue() != null) {
            checkNextContact(form.nextContactDue(), "nextContactDue");
        }
        submissions.accept(form.submissionToken(), "care-episode");
        OffsetDateTime now = OffsetDateTime.now(clock);
        long id;
        try {
            id = episodes.insert(personId, program, form.startedOn(), granted.actor().username(), now);
        } catch (DuplicateKeyException raced) {
            throw new ConcurrentChangeException("care episode");
        }
        if (form.nextContactDue() != null) {
            episodes.insertNextContact(id, form.nextContactDue(), granted.actor().username(), now);
        }
        audit.record(AuditAction.CREATE, personId, "care-episode/" + id, granted.purpose());
        return id;
    }

    /** Sets the day of the open episode's next contact; the days set before stay recorded. */
    @Transactional
    public void setNextContact(long personId, NextContact form) {
        Access granted = access.require(personId, RecordAction.MANAGE_CARE_EPISODES);
        CareEpisode open = open(personId, "nextContactDue");
        checkNextContact(form.nextContactDue(), "nextContactDue");
        episodes.insertNextContact(open.id(), form.nextContactDue(), granted.actor().username(), OffsetDateTime.now(clock));
        audit.record(AuditAction.UPDATE, personId, "care-episode/" + open.id() + "/next-contact", granted.purpose());
    }

    /** Ends the open episode on a day from its start to today, with the reason. */
    @Transactional
    public void end(long personId, EpisodeEnd form) {
        Access granted = access.require(personId, RecordAction.MANAGE_CARE_EPISODES);
        CareEpisode open = open(personId, "endedOn");
        if (form.endedOn().isBefore(open.startedOn())) {
            throw new InvalidInputException("endedOn", "the episode cannot end before it started on " + open.startedOn());
        }
        if (!episodes.end(open.id(), form.endedOn(), form.endReason().strip(), granted.actor().username(),
                OffsetDateTime.now(clock))) {
            throw new ConcurrentChangeException("care episode");
        }
        audit.record(AuditAction.UPDATE, personId, "care-episode/" + open.id(), granted.purpose());
    }

    private CareEpisode open(long personId, String field) {
        return episodes.openOf(personId)
                .orElseThrow(() -> new InvalidInputException(field, "there is no open episode; start one first"));
    }

    private void checkNextContact(LocalDate due, String field) {
        if (due.isBefore(LocalDate.now(clock))) {
            throw new InvalidInputException(field, "the next contact is a day from today on");
        }
    }
}
