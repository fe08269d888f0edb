package org.medopt.measurement;

import java.util.List;
import org.medopt.knowledge.KnowledgeFile;
import org.medopt.knowledge.KnowledgeSource;

/**
 * Checks an instrument read from the file as a whole: bands cover every possible total once, cut-offs and safety
 * rules fall inside the answers' ranges, and every threshold rests on a source that was seen or is labelled MedOpt's own.
 */
final class ScoringCheck {

    private final KnowledgeFile knowledge;
    private final String entry;

    ScoringCheck(KnowledgeFile knowledge, String entry) {
        this.knowledge = knowledge;
        this.entry = entry;
    }

    void check(Instrument instrument) {
        require(seenOrOwn(instrument.scoringSources()), entry, "its scoring cites no source that was seen");
        licence(instrument.licence());
        if (!instrument.scored()) {
            require(instrument.bands().isEmpty() && instrument.cutOffs().isEmpty()
                    && instrument.percentageFactor() == null && instrument.change() == null, entry,
                    "is not scored, so it can have no bands, cut-offs, percentage or change rules");
        }
        bands(instrument);
        int lowest = instrument.lowestTotal();
        int highest = instrument.highestTotal();
        for (CutOff cut : instrument.cutOffs()) {
            require(cut.below() > lowest && cut.below() <= highest, "cut-off " + cut.id(),
                    "below " + cut.below() + " must fall within the totals " + lowest + "-" + highest);
            require(seenOrOwn(cut.sources()), "cut-off " + cut.id(), "cites no source that was seen");
        }
        for (SafetyRule rule : instrument.safety()) {
            safety(instrument, rule);
        }
        instrument.changeRules().ifPresent(change -> {
            require(change.responseDropPercent() > 0 && change.responseDropPercent() <= 100, entry + " change",
                    "responseDropPercent must be 1-100");
            require(change.remissionBelow() > lowest && change.remissionBelow() <= highest, entry + " change",
                    "remissionBelow must fall within the totals " + lowest + "-" + highest);
            require(KnowledgeSource.allFirm(change.responseSources()) && KnowledgeSource.allFirm(change.remissionSources()),
                    entry + " change", "response and remission must each rest on sources that were seen");
        });
    }

    private void licence(Licence licence) {
        boolean own = licence.status() == LicenceStatus.MEDOPT_OWN;
        boolean ok = own ? licence.sources().stream().anyMatch(ScoringCheck::medoptOwn)
                : licence.sources().stream().anyMatch(KnowledgeSource::firm);
        require(ok, entry + " licence", own ? "a MedOpt-own instrument must cite " + InstrumentsReader.MEDOPT_OWN
                : "licence status " + licence.status().code() + " must rest on a source that was seen");
    }

    private void bands(Instrument instrument) {
        List<Band> bands = instrument.bands();
        if (bands.isEmpty()) {
            return;
        }
        int expected = instrument.lowestTotal();
        for (Band band : bands) {
            String bandEntry = entry + " band " + band.label();
            require(band.lowest() <= band.highest(), bandEntry, "lowest " + band.lowest() + " is above highest " + band.highest());
            require(band.lowest() >= expected, bandEntry, "overlaps the band before it: starts at " + band.lowest()
                    + ", expected " + expected);
            require(band.lowest() <= expected, bandEntry, "leaves a gap: totals " + expected + "-" + (band.lowest() - 1)
                    + " fall in no band");
            require(seenOrOwn(band.sources()), bandEntry, "cites no source that was seen");
            expected = band.highest() + 1;
        }
        require(expected - 1 == instrument.highestTotal(), entry + " band " + bands.get(bands.size() - 1).label(),
                "bands must end at the highest total " + instrument.highestTotal() + ", end at " + (expected - 1));
    }

    private void safety(Instrument instrument, SafetyRule rule) {
        String ruleEntry = "safety rule " + rule.id();
        for (String itemId : rule.items()) {
            Item item = instrument.item(itemId).orElse(null);
            require(item != null, ruleEntry, "names item '" + itemId + "', which " + instrument.id() + " does not have");
            require(rule.atLeast() > item.lowest() && rule.atLeast() <= item.highest(), ruleEntry,
                    "atLeast " + rule.atLeast() + " must be above " + item.lowest() + " and at most " + item.highest());
        }
        // A safety rule fires, so what its question asks must rest on a seen source even when the threshold is MedOpt's.
        require(rule.sources().stream().anyMatch(KnowledgeSource::firm), ruleEntry,
                "cites no source that was seen for what its questions ask");
    }

    private static boolean seenOrOwn(List<KnowledgeSource> sources) {
        return sources.stream().anyMatch(s -> s.firm() || medoptOwn(s));
    }

    private static boolean medoptOwn(KnowledgeSource source) {
        return source.id().equals(InstrumentsReader.MEDOPT_OWN);
    }

    private void require(boolean condition, String where, String problem) {
        knowledge.require(condition, where, problem);
    }
}
