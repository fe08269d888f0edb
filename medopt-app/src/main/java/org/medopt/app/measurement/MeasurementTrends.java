package org.medopt.app.measurement;

import static org.medopt.app.chart.ChartText.mg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.medopt.app.medication.MedicationChange;
import org.medopt.app.medication.MedicationChanges;
import org.medopt.app.medication.MedicationService;
import org.medopt.app.taper.StoredPlan;
import org.medopt.app.taper.TaperPlanService;
import org.medopt.taper.TaperStep;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's scored instruments over time beside their medication changes and taper steps, for the staff's and the
 * person's measures pages. Each part is read through its own feature's service, which checks access, leaves out what
 * the reader may not see and audits the read.
 */
@Service
public class MeasurementTrends {

    private final MeasurementService measurements;
    private final MedicationService medications;
    private final TaperPlanService tapers;
    private final TrendChart chart;
    private final Clock clock;

    MeasurementTrends(MeasurementService measurements, MedicationService medications, TaperPlanService tapers,
            TrendChart chart, Clock clock) {
        this.measurements = measurements;
        this.medications = medications;
        this.tapers = tapers;
        this.chart = chart;
        this.clock = clock;
    }

    @Transactional
    public Trends forPerson(long personId) {
        LocalDate today = LocalDate.now(clock);
        List<StoredResponse> responses = measurements.responses(personId);
        MedicationChanges recorded = medications.changes(personId);
        List<MedicationChange> changes = new ArrayList<>(recorded.changes());
        for (StoredPlan plan : tapers.plans(personId)) {
            for (TaperStep step : plan.stepsBegunBy(today)) {
                changes.add(new MedicationChange(step.start(), step.drug() == null ? plan.drugName() : step.drug(),
                        MedicationChange.Kind.TAPER_STEP, "step " + step.number() + ": " + mg(step.milligrams()) + " a day"));
            }
        }
        changes.sort(Comparator.comparing(MedicationChange::date));
        return new Trends(chart.draw(responses, changes, today), recorded.withheld(), recorded.redisclosureNotice());
    }
}
