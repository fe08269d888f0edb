package org.medopt.app.medication;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's medication record split into what they take now and what they took before, as the reader may see it.
 *
 * @param withheld whether entries the reader may not see were left out (the person's sharing choices, 42 CFR Part 2)
 * @param redisclosureNotice the 42 CFR 2.32 notice, when the record discloses Part 2 entries to someone but the person
 */
public record MedicationRecord(List<MedicationEntry> current, List<MedicationEntry> past, boolean withheld,
        String redisclosureNotice) {

    static MedicationRecord of(List<MedicationEntry> entries, LocalDate today, boolean withheld, String redisclosureNotice) {
        return new MedicationRecord(
                entries.stream().filter(e -> e.currentOn(today)).toList(),
                entries.stream().filter(e -> !e.currentOn(today)).toList(),
                withheld, redisclosureNotice);
    }
}
