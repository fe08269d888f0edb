package org.medopt.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.medopt.measurement.Score;

/** The total of one completed instrument and the day it was completed. */
public record DatedScore(String instrumentId, LocalDate completedOn, int total) {

    /** The total as a score of its instrument, for {@link org.medopt.measurement.Change#between}. */
    Score score() {
        return new Score(instrumentId, Map.of(), OptionalInt.of(total), Optional.empty(), OptionalInt.empty(), List.of(),
                List.of());
    }
}
