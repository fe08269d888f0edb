package org.medopt.app.medication;

import java.time.LocalDate;
import java.util.List;

/** A person's medication record split into what they take now and what they took before. */
public record MedicationRecord(List<MedicationEntry> current, List<MedicationEntry> past) {

    static MedicationRecord of(List<MedicationEntry> entries, LocalDate today) {
        return new MedicationRecord(
                entries.stream().filter(e -> e.currentOn(today)).toList(),
                entries.stream().filter(e -> !e.currentOn(today)).toList());
    }
}
