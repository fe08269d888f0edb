package org.medopt.app.knowledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.medopt.knowledge.Cited;
import org.medopt.knowledge.DoseLimit;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugFacts;
import org.medopt.knowledge.DrugProduct;
import org.medopt.knowledge.EnzymeEffect;
import org.medopt.knowledge.HalfLife;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.knowledge.OccupancyModel;
import org.medopt.shared.Coded;

/**
 * One fact about a drug as the transparency page shows it: what, the value, and the source it comes from.
 *
 * @param note what the source says or where in it, or null
 */
public record FactLine(String fact, String value, String note, KnowledgeSource source) {

    /** Whether rules may fire on it: its source was seen. */
    public boolean firm() {
        return source.firm();
    }

    /** Every fact the knowledge base holds about {@code drug}, identity first. */
    static List<FactLine> of(Drug drug) {
        List<FactLine> lines = new ArrayList<>();
        lines.add(identity(drug, "rxcui", "RxNorm ingredient code", drug.rxcui()));
        lines.add(identity(drug, "atc", "ATC code", String.join(", ", drug.atc())));
        lines.add(identity(drug, "classes", "Classes", codes(drug.classes())));
        lines.add(identity(drug, "products", "Products",
                drug.products().stream().map(DrugProduct::label).collect(Collectors.joining("; "))));
        DrugFacts facts = drug.facts();
        facts.mechanisms().forEach(m -> lines.add(cited("Mechanism", m, m.value().code())));
        facts.enzymes().forEach(e -> lines.add(cited("Enzyme", e, enzyme(e.value()))));
        if (facts.anticholinergicScore() != null) {
            lines.add(cited("Anticholinergic burden (ACB) score", facts.anticholinergicScore(),
                    facts.anticholinergicScore().value().toString()));
        }
        facts.maximumDailyDoses().forEach(d -> lines.add(cited("Maximum daily dose", d, dose(d.value()))));
        if (facts.halfLife() != null) {
            lines.add(cited("Half-life", facts.halfLife(), hours(facts.halfLife().value())));
        }
        if (facts.withdrawalRisk() != null) {
            lines.add(cited("Withdrawal risk", facts.withdrawalRisk(), facts.withdrawalRisk().value().code()));
        }
        facts.monitoring().forEach(m -> lines.add(cited("Monitoring protocol", m, m.value())));
        if (facts.occupancyModel() != null) {
            lines.add(cited("Dose–occupancy curve", facts.occupancyModel(), occupancy(facts.occupancyModel().value())));
        }
        if (facts.diazepamEquivalent() != null) {
            lines.add(cited("Equivalent to 10 mg diazepam", facts.diazepamEquivalent(),
                    plain(facts.diazepamEquivalent().value()) + " mg"));
        }
        return lines;
    }

    private static FactLine identity(Drug drug, String key, String fact, String value) {
        return new FactLine(fact, value, null, drug.citationFor(key));
    }

    private static FactLine cited(String fact, Cited<?> cited, String value) {
        return new FactLine(fact, value, cited.note(), cited.source());
    }

    private static String codes(Collection<? extends Coded> values) {
        return values.stream().map(Coded::code).sorted().collect(Collectors.joining(", "));
    }

    private static String enzyme(EnzymeEffect effect) {
        return effect.strength().code() + " " + effect.role().code() + " of " + effect.enzyme().code();
    }

    private static String dose(DoseLimit limit) {
        return limit.ageGroup().label() + ": " + plain(limit.maximumDailyDose()) + " " + limit.unit().code() + " a day";
    }

    private static String occupancy(OccupancyModel model) {
        return model.target().label() + ": Emax " + plain(model.emaxPercent()) + "%, ED50 " + plain(model.ed50Milligrams())
                + " mg";
    }

    private static String hours(HalfLife halfLife) {
        String low = plain(halfLife.lowHours());
        String high = plain(halfLife.highHours());
        return (low.equals(high) ? low : low + "–" + high) + " hours";
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
