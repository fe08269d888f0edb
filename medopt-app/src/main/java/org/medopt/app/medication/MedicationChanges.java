package org.medopt.app.medication;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dated changes of the medication entries a reader may see, oldest first: each start and stop date, and each
 * revision that changed the dose or how often it is taken.
 *
 * @param withheld whether entries the reader may not see were left out (the person's sharing choices, 42 CFR Part 2)
 * @param redisclosureNotice the 42 CFR 2.32 notice, when the changes disclose Part 2 entries to someone but the person
 */
public record MedicationChanges(List<MedicationChange> changes, boolean withheld, String redisclosureNotice) {

    public MedicationChanges {
        changes = List.copyOf(changes);
    }

    /**
     * The changes of {@code entries}, with {@code revisions} (oldest first) by entry id. The record keeps no day on which
     * a dose change took effect, so the day it was recorded, in {@code zone}, stands for it.
     */
    static List<MedicationChange> of(List<MedicationEntry> entries, Map<Long, List<MedicationRevision>> revisions,
            ZoneId zone) {
        List<MedicationChange> changes = new ArrayList<>();
        for (MedicationEntry entry : entries) {
            List<MedicationRevision> history = revisions.getOrDefault(entry.id(), List.of());
            if (entry.startDate() != null) {
                MedicationEntry started = history.isEmpty() ? entry : history.get(0).state();
                changes.add(new MedicationChange(entry.startDate(), entry.drugName(), MedicationChange.Kind.STARTED,
                        started.doseText()));
            }
            for (int i = 1; i < history.size(); i++) {
                String before = history.get(i - 1).state().doseText();
                String after = history.get(i).state().doseText();
                if (!Objects.equals(before, after)) {
                    changes.add(new MedicationChange(history.get(i).changedAt().atZoneSameInstant(zone).toLocalDate(),
                            entry.drugName(), MedicationChange.Kind.DOSE_CHANGED, before + " to " + after));
                }
            }
            if (entry.stopDate() != null) {
                changes.add(new MedicationChange(entry.stopDate(), entry.drugName(), MedicationChange.Kind.STOPPED, null));
            }
        }
        changes.sort(Comparator.comparing(MedicationChange::date));
        return changes;
    }
}
