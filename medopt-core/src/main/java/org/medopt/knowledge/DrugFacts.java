package org.medopt.knowledge;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the review rules need to know about a drug, each fact with its source. A drug the sources say nothing about
 * for a fact simply lacks it; rules never assume a fact that is not there.
 *
 * @param monitoring ids of the monitoring protocols (defined in the review rules) the drug's label or guideline calls for
 * @param occupancyModel the fitted dose–occupancy curve the hyperbolic taper method rests on, or null
 * @param diazepamEquivalent the daily dose of this drug in mg taken as equivalent to 10 mg diazepam, or null
 */
public record DrugFacts(
        List<Cited<Mechanism>> mechanisms,
        List<Cited<EnzymeEffect>> enzymes,
        Cited<Integer> anticholinergicScore,
        List<Cited<DoseLimit>> maximumDailyDoses,
        Cited<HalfLife> halfLife,
        Cited<WithdrawalRisk> withdrawalRisk,
        List<Cited<String>> monitoring,
        Cited<OccupancyModel> occupancyModel,
        Cited<BigDecimal> diazepamEquivalent) {

    public static final DrugFacts NONE = new DrugFacts(List.of(), List.of(), null, List.of(), null, null, List.of(), null,
            null);

    public DrugFacts {
        mechanisms = List.copyOf(mechanisms);
        enzymes = List.copyOf(enzymes);
        maximumDailyDoses = List.copyOf(maximumDailyDoses);
        monitoring = List.copyOf(monitoring);
    }

    /** The firm fact that the drug has {@code mechanism}, if there is one. */
    public Optional<Cited<Mechanism>> mechanism(Mechanism mechanism) {
        return mechanisms.stream().filter(Cited::firm).filter(m -> m.value() == mechanism).findFirst();
    }

    public Optional<Cited<Integer>> anticholinergic() {
        return Optional.ofNullable(anticholinergicScore).filter(Cited::firm);
    }

    public Optional<Cited<HalfLife>> halfLifeFact() {
        return Optional.ofNullable(halfLife);
    }

    public Optional<Cited<WithdrawalRisk>> withdrawal() {
        return Optional.ofNullable(withdrawalRisk).filter(Cited::firm);
    }

    /** The firm dose–occupancy curve, if there is one; a taper never estimates occupancy from an unchecked fit. */
    public Optional<Cited<OccupancyModel>> occupancy() {
        return Optional.ofNullable(occupancyModel).filter(Cited::firm);
    }

    /** The firm dose (mg) equivalent to 10 mg diazepam, if there is one. */
    public Optional<Cited<BigDecimal>> diazepamEquivalence() {
        return Optional.ofNullable(diazepamEquivalent).filter(Cited::firm);
    }
}
