package org.medopt.app.measurement;

import java.util.List;
import org.medopt.measurement.SafetyFlag;

/**
 * A completed instrument was saved, published in the saving transaction so that other features (the safety
 * follow-up) act on it or nothing is saved at all.
 *
 * @param flags the safety rules the answers set off, each with its reason and sources; empty when none
 */
public record MeasureRecorded(StoredResponse response, List<SafetyFlag> flags) {

    public MeasureRecorded {
        flags = List.copyOf(flags);
    }
}
