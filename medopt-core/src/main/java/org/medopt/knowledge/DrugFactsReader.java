package org.medopt.knowledge;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.medopt.person.AgeGroup;
import org.medopt.shared.Coded;

/** Turns one drug entry's review facts into {@link DrugFacts}, refusing any fact without a known source. */
final class DrugFactsReader {

    private static final BigDecimal MAX_EMAX = new BigDecimal("110");

    private final String file;
    private final String entry;
    private final Map<String, KnowledgeSource> sources;

    DrugFactsReader(String file, String entry, Map<String, KnowledgeSource> sources) {
        this.file = file;
        this.entry = entry;
        this.sources = sources;
    }

    DrugFacts read(ReviewFactsEntry e) {
        return new DrugFacts(
                all(e.mechanisms(), m -> coded("mechanism", Mechanism.class, m.mechanism())),
                all(e.enzymes(), this::enzymeEffect),
                one(e.anticholinergicScore(), this::anticholinergicScore),
                doseLimits(e.maximumDailyDose()),
                one(e.halfLife(), this::halfLife),
                one(e.withdrawalRisk(), w -> coded("withdrawal risk", WithdrawalRisk.class, w.level())),
                all(e.monitoring(), m -> protocol(m.protocol())),
                one(e.occupancy(), this::occupancy),
                one(e.diazepamEquivalent(), this::diazepamEquivalent));
    }

    private OccupancyModel occupancy(OccupancyEntry e) {
        OccupancyTarget target = coded("occupancy target", OccupancyTarget.class, e.target());
        // Fitted Emax values run slightly above 100 for some drugs (desvenlafaxine 100.22, vortioxetine 102.24 in
        // Sørensen et al. 2022); 110 leaves room for those while catching a value typed in the wrong unit.
        require(e.emaxPercent() != null && e.emaxPercent().signum() > 0 && e.emaxPercent().compareTo(MAX_EMAX) <= 0,
                "occupancy emaxPercent must be more than 0 and at most 110, was " + e.emaxPercent());
        require(e.ed50Milligrams() != null && e.ed50Milligrams().signum() > 0,
                "occupancy ed50Milligrams must be positive, was " + e.ed50Milligrams());
        return new OccupancyModel(target, e.emaxPercent(), e.ed50Milligrams());
    }

    private BigDecimal diazepamEquivalent(DiazepamEquivalentEntry e) {
        require(e.milligrams() != null && e.milligrams().signum() > 0,
                "diazepam equivalent milligrams must be positive, was " + e.milligrams());
        return e.milligrams();
    }

    private EnzymeEffect enzymeEffect(EnzymeEntry e) {
        return new EnzymeEffect(coded("enzyme", Enzyme.class, e.enzyme()), coded("enzyme role", EnzymeRole.class, e.role()),
                coded("strength", EffectStrength.class, e.strength()));
    }

    private Integer anticholinergicScore(ScoreEntry e) {
        require(e.score() != null && e.score() >= 0 && e.score() <= 3,
                "anticholinergic score must be 0 to 3, was " + e.score());
        return e.score();
    }

    private List<Cited<DoseLimit>> doseLimits(List<DoseLimitEntry> entries) {
        List<Cited<DoseLimit>> limits = all(entries, this::doseLimit);
        Set<AgeGroup> groups = new HashSet<>();
        limits.forEach(l -> require(groups.add(l.value().ageGroup()),
                "has two maximum daily doses for age group " + l.value().ageGroup().code()));
        return limits;
    }

    private DoseLimit doseLimit(DoseLimitEntry e) {
        require(e.dose() != null && e.dose().signum() > 0, "maximum daily dose must be positive, was " + e.dose());
        StrengthUnit unit = coded("dose unit", StrengthUnit.class, e.unit());
        require(unit == StrengthUnit.MG || unit == StrengthUnit.MCG, "maximum daily dose must be in mg or mcg, was " + e.unit());
        return new DoseLimit(coded("age group", AgeGroup.class, e.ageGroup()), e.dose(), unit);
    }

    private HalfLife halfLife(HalfLifeEntry e) {
        require(e.lowHours() != null && e.highHours() != null && e.lowHours().signum() > 0
                && e.lowHours().compareTo(e.highHours()) <= 0,
                "half-life needs 0 < lowHours <= highHours, was " + e.lowHours() + " to " + e.highHours());
        return new HalfLife(e.lowHours(), e.highHours());
    }

    private String protocol(String id) {
        require(id != null && id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "monitoring protocol id must be kebab-case, was " + id);
        return id;
    }

    private <E extends CitedEntry, T> List<Cited<T>> all(List<E> entries, Function<E, T> value) {
        return entries == null ? List.of() : entries.stream().map(e -> cited(e, value)).toList();
    }

    private <E extends CitedEntry, T> Cited<T> one(E entry, Function<E, T> value) {
        return entry == null ? null : cited(entry, value);
    }

    private <E extends CitedEntry, T> Cited<T> cited(E e, Function<E, T> value) {
        require(e != null, "has a review fact that is null");
        KnowledgeSource source = sources.get(e.source());
        require(source != null, "a review fact cites source '" + e.source() + "', which is not defined in sources");
        return new Cited<>(value.apply(e), source, e.note());
    }

    private <C extends Enum<C> & Coded> C coded(String what, Class<C> type, String code) {
        return Coded.find(type, code).orElseThrow(() -> new InvalidKnowledgeException(file, entry,
                "unknown " + what + " '" + code + "'; expected one of " + Coded.codes(type)));
    }

    private void require(boolean condition, String problem) {
        if (!condition) {
            throw new InvalidKnowledgeException(file, entry, problem);
        }
    }

    /** A review fact as the file holds it: a value, the id of its source and an optional note. */
    interface CitedEntry {
        String source();

        String note();
    }

    record MechanismEntry(String mechanism, String source, String note) implements CitedEntry {
    }

    record EnzymeEntry(String enzyme, String role, String strength, String source, String note) implements CitedEntry {
    }

    record ScoreEntry(Integer score, String source, String note) implements CitedEntry {
    }

    record DoseLimitEntry(String ageGroup, BigDecimal dose, String unit, String source, String note) implements CitedEntry {
    }

    record HalfLifeEntry(BigDecimal lowHours, BigDecimal highHours, String source, String note) implements CitedEntry {
    }

    record WithdrawalEntry(String level, String source, String note) implements CitedEntry {
    }

    record MonitoringEntry(String protocol, String source, String note) implements CitedEntry {
    }

    record OccupancyEntry(String target, BigDecimal emaxPercent, BigDecimal ed50Milligrams, String source, String note)
            implements CitedEntry {
    }

    record DiazepamEquivalentEntry(BigDecimal milligrams, String source, String note) implements CitedEntry {
    }

    /** The review-fact keys of a drug entry. */
    record ReviewFactsEntry(
            List<MechanismEntry> mechanisms,
            List<EnzymeEntry> enzymes,
            ScoreEntry anticholinergicScore,
            List<DoseLimitEntry> maximumDailyDose,
            HalfLifeEntry halfLife,
            WithdrawalEntry withdrawalRisk,
            List<MonitoringEntry> monitoring,
            OccupancyEntry occupancy,
            DiazepamEquivalentEntry diazepamEquivalent) {
    }
}
