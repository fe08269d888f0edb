package org.medopt.review;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.medopt.knowledge.StrengthUnit;
import org.medopt.medication.DoseUnit;

/** A total daily dose in mg or mcg, comparable with a labelled maximum; 50 and 50.0 mg are the same dose. */
public record DailyDose(BigDecimal amount, StrengthUnit unit) {

    private static final BigDecimal MG_PER_G = BigDecimal.valueOf(1000);

    public DailyDose {
        amount = Objects.requireNonNull(amount, "amount").stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
        if (unit != StrengthUnit.MG && unit != StrengthUnit.MCG) {
            throw new IllegalArgumentException("a daily dose is in mg or mcg, was " + unit);
        }
    }

    /**
     * The daily dose of {@code dose} {@code unit} taken as {@code frequency} says, as staff type it ("twice daily",
     * "every 6 hours", "as needed, up to 3 times a day"). For an as-needed medicine it is the most the instruction
     * allows in a day. Empty when the unit is not a mass (a tablet, a mL: the strength is unknown here) or the
     * frequency does not say how many doses a day; the dose is then not checked rather than guessed.
     */
    public static Optional<DailyDose> from(BigDecimal dose, DoseUnit unit, String frequency) {
        if (dose == null || dose.signum() <= 0 || unit == null) {
            return Optional.empty();
        }
        Optional<DailyDose> single = switch (unit) {
            case MG -> Optional.of(new DailyDose(dose, StrengthUnit.MG));
            case MCG -> Optional.of(new DailyDose(dose, StrengthUnit.MCG));
            case G -> Optional.of(new DailyDose(dose.multiply(MG_PER_G), StrengthUnit.MG));
            default -> Optional.empty();
        };
        return single.flatMap(d -> DoseFrequency.dosesPerDay(frequency)
                .map(times -> new DailyDose(d.amount().multiply(times), d.unit())));
    }

    /** The amount in milligrams, so doses in mg and mcg compare. */
    public BigDecimal milligrams() {
        return unit == StrengthUnit.MCG ? amount.movePointLeft(3) : amount;
    }
}
