package org.medopt.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The shape of {@code demo/demo-data.json}: synthetic staff, persons, care teams, medication
 * records and health context.
 *
 * @param staffTwoFactorKey the authenticator key every demo staff account shares, so that anyone trying the demo
 *     can sign in (published in the README; a real installation sets up one key per person)
 */
record DemoData(String note, String password, String staffTwoFactorKey, List<Staff> staff, List<DemoPerson> persons) {

    record Staff(String username, String role, String displayName) {
    }

    /**
     * @param age completed years today
     * @param birthdayInDays days until the next birthday, so the age holds whatever day the demo starts
     * @param prescriber the username of the prescriber who registers the person and leads the team
     * @param team usernames of further staff on the care team
     * @param account a username for the person's own portal account, or {@code null}
     * @param sex FHIR administrative gender code
     * @param pregnancy pregnancy status code, or {@code null} when none is recorded
     */
    record DemoPerson(String legalGivenName, String legalFamilyName, String preferredName, String pronouns, int age,
            int birthdayInDays, String preferredLanguage, String prescriber, List<String> team, String account,
            List<DemoMedication> medications, String sex, String pregnancy, List<DemoCondition> conditions,
            List<DemoObservation> observations) {
    }

    /** A coded condition; with {@code resolvedMonthsAgo} it resolved then, for {@code closeReason}. */
    record DemoCondition(String system, String code, String display, Integer onsetMonthsAgo, Integer resolvedMonthsAgo,
            String closeReason) {
    }

    /** A result taken {@code monthsAgo} months and {@code daysAgo} days before today; either may be left out. */
    record DemoObservation(String code, String display, BigDecimal value, String unit, Integer monthsAgo, Integer daysAgo) {

        LocalDate takenBefore(LocalDate today) {
            return today.minusMonths(monthsAgo == null ? 0 : monthsAgo).minusDays(daysAgo == null ? 0 : daysAgo);
        }
    }

    record DemoMedication(String drug, String kind, String strength, BigDecimal dose, String unit, String route,
            String frequency, int startedMonthsAgo, String indication, String source, String purpose, String experience,
            Integer stoppedMonthsAgo, String stopReason, String sensitivity) {
    }
}
