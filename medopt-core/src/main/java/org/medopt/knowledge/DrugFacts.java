package org.medopt.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * What the review rules need to know about a drug, each fact with its source. A drug the sources say nothing about
 * for a fact simply lacks it; rules never assume a fact that is not there.
 *
 * @param monitoring ids of the monitoring protocols (defined in the review rules) the drug's label or guideline calls for
 */
public record DrugFacts(
        List<Cited<Mechanism>> mechanisms,
        List<Cited<EnzymeEffect>> enzymes,
        Cited<Integer> anticholinergicScore,
        List<Cited<DoseLimit>> maximumDailyDoses,
        Cited<HalfLife> halfLife,
        Cited<WithdrawalRisk> withdrawalRisk,
        List<Cited<String>> monitoring) {

    public static final DrugFacts NONE = new DrugFacts(List.of(), List.of(), null, List.of(), null, null, List.of());

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
}
