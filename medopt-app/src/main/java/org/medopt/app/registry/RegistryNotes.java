package org.medopt.app.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.person.CaseloadNote;
import org.medopt.app.person.CaseloadNotes;
import org.springframework.stereotype.Component;

/** The caseload's note on each person whose care episode's next contact is overdue or due today. */
@Component
class RegistryNotes implements CaseloadNotes {

    private final CareEpisodeRepository episodes;
    private final AccessPolicy access;
    private final Clock clock;

    RegistryNotes(CareEpisodeRepository episodes, AccessPolicy access, Clock clock) {
        this.episodes = episodes;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Map<Long, CaseloadNote> notesFor(List<Long> personIds) {
        List<Long> readable = personIds.stream().filter(id -> access.permits(id, RecordAction.READ)).toList();
        LocalDate today = LocalDate.now(clock);
        Map<Long, CaseloadNote> notes = new HashMap<>();
        for (CareEpisode episode : episodes.openOf(readable)) {
            String link = "/persons/" + episode.personId() + "/care-episode";
            if (episode.contactOverdue(today)) {
                notes.put(episode.personId(), new CaseloadNote("Contact overdue since " + episode.nextContactDue(), link, true));
            } else if (today.equals(episode.nextContactDue())) {
                notes.put(episode.personId(), new CaseloadNote("Contact due today", link, false));
            }
        }
        return notes;
    }
}
