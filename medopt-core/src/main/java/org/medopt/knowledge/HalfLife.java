package org.medopt.knowledge;

import java.math.BigDecimal;

/** Elimination half-life range in hours; the active metabolite's, when the source gives it, in the fact's note. */
public record HalfLife(BigDecimal lowHours, BigDecimal highHours) {
}
