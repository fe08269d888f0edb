package org.medopt.app.taper;

import java.time.LocalDate;

/**
 * One withdrawal check-in as the dose chart marks it.
 *
 * @param symptomTotal the check-in's symptom total
 * @param howHard how hard the person found the week, 0 (not at all) to 10
 */
public record CheckInPoint(LocalDate date, int symptomTotal, int howHard) {
}
