package org.medopt.app.safety;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A follow-up the care team owes a person whose answers raised a safety flag: one per flagged questionnaire
 * response, open until an entry closes it.
 *
 * @param openedBy who saved the answers: the person in the portal, or the team member who entered them
 * @param enteredByPerson whether the person answered in the portal
 * @param entries what clinicians recorded, oldest first
 */
public record SafetyFollowUp(long id, long personId, long responseId, String instrumentId, OffsetDateTime openedAt,
        String openedBy, boolean enteredByPerson, List<RaisedFlag> flags, List<FollowUpEntry> entries) {

    public SafetyFollowUp {
        flags = List.copyOf(flags);
        entries = List.copyOf(entries);
    }

    public boolean open() {
        return closing().isEmpty();
    }

    /** The entry that closed it, if one has. */
    public Optional<FollowUpEntry> closing() {
        return entries.stream().filter(FollowUpEntry::closes).findFirst();
    }

    /** The entries that did not close it: attempts to reach the person. */
    public List<FollowUpEntry> attempts() {
        return entries.stream().filter(entry -> !entry.closes()).toList();
    }
}
