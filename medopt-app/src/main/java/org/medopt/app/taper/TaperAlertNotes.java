package org.medopt.app.taper;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.person.CaseloadNote;
import org.medopt.app.person.CaseloadNotes;
import org.springframework.stereotype.Component;

/**
 * The caseload's note on each person with taper alerts the team has not acknowledged, such as a check-in that said
 * "intolerable". Plans of sensitive entries are left out of the count, so it never hints at an entry a reader may
 * not see.
 */
@Component
class TaperAlertNotes implements CaseloadNotes {

    private final CheckInRepository checkIns;
    private final AccessPolicy access;

    TaperAlertNotes(CheckInRepository checkIns, AccessPolicy access) {
        this.checkIns = checkIns;
        this.access = access;
    }

    @Override
    public Map<Long, CaseloadNote> notesFor(List<Long> personIds) {
        List<Long> readable = personIds.stream().filter(id -> access.permits(id, RecordAction.READ)).toList();
        if (readable.isEmpty()) {
            return Map.of();
        }
        return checkIns.openAlerts(readable).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new CaseloadNote(e.getValue() + (e.getValue() == 1 ? " open taper alert" : " open taper alerts"),
                        "/persons/" + e.getKey() + "/taper-plans", true)));
    }
}
