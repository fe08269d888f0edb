package org.medopt.review;

import java.math.BigDecimal;
import org.medopt.knowledge.StrengthUnit;

/** A total daily dose in mg or mcg, comparable with a labelled maximum. */
public record DailyDose(BigDecimal amount, StrengthUnit unit) {
}
