package org.medopt.measurement;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.medopt.knowledge.KnowledgeSource;

/**
 * One rating instrument as the data file gives it.
 *
 * @param scored whether answers add up to a total; an unscored instrument shows each answer as given
 * @param percentageFactor what the total is multiplied by to give a percentage (WHO-5: 4); null when none
 * @param change how follow-ups are judged against a baseline; null when the instrument has no such rules
 */
public record Instrument(String id, String name, String period, boolean scored, List<KnowledgeSource> scoringSources,
        Licence licence, List<Item> items, List<Band> bands, Integer percentageFactor, List<CutOff> cutOffs,
        List<SafetyRule> safety, ChangeRules change) {

    public Instrument {
        scoringSources = List.copyOf(scoringSources);
        items = List.copyOf(items);
        bands = List.copyOf(bands);
        cutOffs = List.copyOf(cutOffs);
        safety = List.copyOf(safety);
    }

    /** Whether MedOpt may offer it without a licence of the deployment's own. */
    public boolean freelyUsable() {
        return licence.status() != LicenceStatus.LICENCE_REQUIRED;
    }

    /**
     * Whether a person can answer it alone on screen: every question has its published wording, or the instrument
     * is MedOpt's own, whose labels are its wording. Otherwise staff enter the answers from the paper form.
     */
    public boolean selfReportable() {
        return licence.status() == LicenceStatus.MEDOPT_OWN || items.stream().allMatch(i -> i.publishedWording().isPresent());
    }

    public Optional<Item> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    /** The lowest total the scored items can add up to. */
    public int lowestTotal() {
        return items.stream().filter(Item::scored).mapToInt(Item::lowest).sum();
    }

    /** The highest total the scored items can add up to. */
    public int highestTotal() {
        return items.stream().filter(Item::scored).mapToInt(Item::highest).sum();
    }

    public Optional<Band> band(int total) {
        return bands.stream().filter(b -> b.contains(total)).findFirst();
    }

    public OptionalInt percentage(int total) {
        return percentageFactor == null ? OptionalInt.empty() : OptionalInt.of(total * percentageFactor);
    }

    public Optional<ChangeRules> changeRules() {
        return Optional.ofNullable(change);
    }
}
