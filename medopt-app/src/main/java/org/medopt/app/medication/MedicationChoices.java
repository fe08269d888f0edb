package org.medopt.app.medication;

import java.util.Arrays;
import java.util.List;
import org.medopt.medication.DoseUnit;
import org.medopt.medication.MedicationKind;
import org.medopt.medication.RecordSource;
import org.medopt.medication.Route;

/** The choices a medication form offers, in the order shown. */
public record MedicationChoices(List<MedicationKind> kinds, List<DoseUnit> units, List<Route> routes,
        List<RecordSource> sources) {

    /** Every choice, for staff. */
    public static final MedicationChoices ALL = new MedicationChoices(List.of(MedicationKind.values()),
            List.of(DoseUnit.values()), List.of(Route.values()), List.of(RecordSource.values()));

    /** What a person can add from the portal: anything but a prescription, as reported by them. */
    public static final MedicationChoices SELF_REPORTED = new MedicationChoices(
            Arrays.stream(MedicationKind.values()).filter(MedicationKind::selfReportable).toList(),
            List.of(DoseUnit.values()), List.of(Route.values()), List.of(RecordSource.REPORTED_BY_PERSON));
}
