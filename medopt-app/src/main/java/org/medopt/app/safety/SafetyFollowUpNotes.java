package org.medopt.app.safety;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.person.CaseloadNote;
import org.medopt.app.person.CaseloadNotes;
import org.springframework.stereotype.Component;

/**
 * Tells the care team at once about open safety follow-ups: an urgent note beside each person on the caseload and on
 * the person's page, and a line at the top of the caseload leading to the worklist.
 */
@Component
class SafetyFollowUpNotes implements CaseloadNotes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    private final SafetyFollowUpRepository followUps;
    private final SafetyFollowUpService service;
    private final AccessPolicy access;

    SafetyFollowUpNotes(SafetyFollowUpRepository followUps, SafetyFollowUpService service, AccessPolicy access) {
        this.followUps = followUps;
        this.service = service;
        this.access = access;
    }

    @Override
    public Map<Long, CaseloadNote> notesFor(List<Long> personIds) {
        List<Long> readable = personIds.stream().filter(id -> access.permits(id, RecordAction.READ)).toList();
        return followUps.openByPerson(readable).values().stream()
                .collect(Collectors.toMap(OpenFollowUps::personId, SafetyFollowUpNotes::note));
    }

    @Override
    public Optional<CaseloadNote> banner() {
        Map<Long, OpenFollowUps> open = followUps.openByPerson(service.personsOnMyTeams());
        int count = open.values().stream().mapToInt(OpenFollowUps::count).sum();
        return open.values().stream().map(OpenFollowUps::oldestOpenedAt).min(OffsetDateTime::compareTo)
                .map(oldest -> new CaseloadNote((count == 1 ? "1 safety follow-up is open" : count + " safety follow-ups are open")
                        + " on your care teams, the oldest since " + when(oldest), "/safety-follow-ups", true));
    }

    private static CaseloadNote note(OpenFollowUps open) {
        String link = open.count() == 1 ? "/persons/" + open.personId() + "/safety-follow-ups/" + open.oldestId()
                : "/persons/" + open.personId() + "/safety-follow-ups";
        String text = open.count() == 1 ? "Safety follow-up open since " + when(open.oldestOpenedAt())
                : open.count() + " safety follow-ups open, the oldest since " + when(open.oldestOpenedAt());
        return new CaseloadNote(text, link, true);
    }

    private static String when(OffsetDateTime at) {
        return WHEN.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
