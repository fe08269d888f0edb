package org.medopt.app.fhir;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Timing.TimingRepeatComponent;
import org.hl7.fhir.r4.model.Timing.UnitsOfTime;
import org.medopt.knowledge.StrengthUnit;
import org.medopt.medication.DoseUnit;
import org.medopt.review.DailyDose;

/**
 * The total daily dose of FHIR dosage instructions: a dose quantity in a mass unit (UCUM mg, ug, g) taken a stated
 * number of times per day or per so many hours, or as the timing code or text says ({@link DailyDose#from}), or an
 * as-needed maximum per day. Anything else (a dose in tablets, a weekly schedule, no dose quantity) gives no dose: a
 * dose that is not checked is better than one that is guessed.
 */
final class FhirDosage {

    private static final BigDecimal HOURS_A_DAY = BigDecimal.valueOf(24);
    private static final BigDecimal MG_PER_G = BigDecimal.valueOf(1000);

    private FhirDosage() {
    }

    /** The sum of the daily doses of every instruction (say, 50 mg mornings and 100 mg at night); empty if one has none. */
    static Optional<DailyDose> daily(List<Dosage> instructions) {
        if (instructions.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal milligrams = BigDecimal.ZERO;
        for (Dosage instruction : instructions) {
            Optional<BigDecimal> daily = dailyMilligrams(instruction);
            if (daily.isEmpty()) {
                return Optional.empty();
            }
            milligrams = milligrams.add(daily.get());
        }
        return Optional.of(inUsualUnit(milligrams));
    }

    private static Optional<BigDecimal> dailyMilligrams(Dosage instruction) {
        if (instruction.hasAsNeededBooleanType() && instruction.getAsNeededBooleanType().booleanValue()
                || instruction.hasAsNeededCodeableConcept()) {
            return instruction.getMaxDosePerPeriod().isEmpty() ? Optional.empty() : perDay(instruction.getMaxDosePerPeriod());
        }
        Optional<Quantity> dose = instruction.getDoseAndRate().stream()
                .filter(doseAndRate -> doseAndRate.hasDoseQuantity())
                .findFirst().map(doseAndRate -> doseAndRate.getDoseQuantity());
        Optional<BigDecimal> milligrams = dose.flatMap(FhirDosage::milligrams);
        if (milligrams.isEmpty()) {
            return Optional.empty();
        }
        if (instruction.getTiming().hasRepeat() && instruction.getTiming().getRepeat().hasPeriod()) {
            return timesPerDay(instruction.getTiming().getRepeat()).map(times -> milligrams.get().multiply(times));
        }
        return frequencyText(instruction).flatMap(frequency -> DailyDose.from(milligrams.get(), DoseUnit.MG, frequency))
                .map(DailyDose::milligrams);
    }

    /**
     * How often, in words, where the timing is not structured: the timing code ("BID", or its text) or the dosage's
     * text ("50 mg twice daily"), read by the same parser as a frequency typed into MedOpt.
     */
    private static Optional<String> frequencyText(Dosage instruction) {
        if (instruction.getTiming().hasCode()) {
            CodeableConcept code = instruction.getTiming().getCode();
            if (code.hasText()) {
                return Optional.of(code.getText());
            }
            Optional<String> coded = code.getCoding().stream().filter(Coding::hasCode).map(Coding::getCode).findFirst();
            if (coded.isPresent()) {
                return coded;
            }
        }
        return instruction.hasText() ? Optional.of(instruction.getText()) : Optional.empty();
    }

    /** Times a day: {@code frequency} (its maximum where a range is given) per {@code period} days or hours. */
    private static Optional<BigDecimal> timesPerDay(TimingRepeatComponent repeat) {
        if (!repeat.hasPeriod() || !repeat.hasPeriodUnit() || repeat.getPeriod().signum() <= 0) {
            return Optional.empty();
        }
        int frequency = repeat.hasFrequencyMax() ? repeat.getFrequencyMax() : repeat.hasFrequency() ? repeat.getFrequency() : 1;
        BigDecimal period = repeat.getPeriod();
        BigDecimal periodsPerDay;
        if (repeat.getPeriodUnit() == UnitsOfTime.D) {
            periodsPerDay = exactly(BigDecimal.ONE, period);
        } else if (repeat.getPeriodUnit() == UnitsOfTime.H) {
            periodsPerDay = exactly(HOURS_A_DAY, period);
        } else {
            return Optional.empty();
        }
        return Optional.ofNullable(periodsPerDay).map(perDay -> perDay.multiply(BigDecimal.valueOf(frequency)));
    }

    /** An as-needed maximum such as 10 mg per 1 d or per 24 h, as mg per day. */
    private static Optional<BigDecimal> perDay(Ratio maximum) {
        Quantity period = maximum.getDenominator();
        if (!period.hasValue() || period.getValue().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal day = switch (String.valueOf(period.hasCode() ? period.getCode() : period.getUnit())) {
            case "d" -> BigDecimal.ONE;
            case "h" -> HOURS_A_DAY;
            default -> null;
        };
        if (day == null || period.getValue().compareTo(day) != 0) {
            return Optional.empty();
        }
        return milligrams(maximum.getNumerator());
    }

    private static Optional<BigDecimal> milligrams(Quantity dose) {
        if (!dose.hasValue() || dose.getValue().signum() <= 0) {
            return Optional.empty();
        }
        String unit = dose.hasCode() ? dose.getCode() : dose.getUnit();
        return switch (String.valueOf(unit)) {
            case "mg" -> Optional.of(dose.getValue());
            case "ug", "mcg" -> Optional.of(dose.getValue().movePointLeft(3));
            case "g" -> Optional.of(dose.getValue().multiply(MG_PER_G));
            default -> Optional.empty();
        };
    }

    /** {@code dividend / divisor} when it is a finite decimal, else null: a count a day is not rounded. */
    private static BigDecimal exactly(BigDecimal dividend, BigDecimal divisor) {
        try {
            return dividend.divide(divisor);
        } catch (ArithmeticException notFinite) {
            return null;
        }
    }

    /** Without trailing zeros, and never in exponent form (100, not 1E+2). */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Below 1 mg a day in mcg, as such doses are labelled; otherwise in mg. */
    private static DailyDose inUsualUnit(BigDecimal milligrams) {
        if (milligrams.compareTo(BigDecimal.ONE) < 0) {
            return new DailyDose(plain(milligrams.movePointRight(3)), StrengthUnit.MCG);
        }
        return new DailyDose(plain(milligrams), StrengthUnit.MG);
    }
}
