package org.medopt.review;

import java.time.LocalDate;

/**
 * A medicine on the list under review.
 *
 * @param rxcui RxNorm ingredient code, or null when the medicine is not coded; then it is named in the result as
 *     not checked
 * @param dailyDose the total daily dose, or null when it cannot be worked out (e.g. "as needed")
 * @param startDate null when unknown
 * @param stopDate the first day without it (it was or will be stopped that day); null while it goes on
 */
public record ReviewedMedication(String rxcui, String name, DailyDose dailyDose, LocalDate startDate, LocalDate stopDate) {
}
