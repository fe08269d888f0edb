package org.medopt.taper;

import java.util.List;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugProduct;

/**
 * The part of a plan in which one drug is reduced: the drug, its products, the times of day and the dose it starts
 * from.
 *
 * @param times the labels of the times of day, in the order of the composer's shares
 * @param startUnits the daily dose the reductions start from, in {@link Milligrams} units
 */
record Phase(Drug drug, List<DrugProduct> products, DailyComposer composer, List<String> times, long startUnits) {

    /** The step's dosing lines for a day made as {@code day}. */
    List<Dosing> dosing(DailyComposer.Day day) {
        return java.util.stream.IntStream.range(0, times.size())
                .mapToObj(i -> new Dosing(times.get(i), drug.name(), Milligrams.of(day.parts().get(i).units()),
                        day.parts().get(i).text()))
                .toList();
    }
}
