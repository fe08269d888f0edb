package org.medopt.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.medopt.knowledge.KnowledgeFile;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.measurement.ChangeRules;
import org.medopt.measurement.Instrument;
import org.medopt.measurement.Instruments;

/**
 * Reads the registry file and refuses it whole, naming file and entry, if any entry breaks the format, if the rule's
 * numbers rest on an unverified source, or if its improvement percentage is not the instrument's cited response.
 */
final class RegistryRulesReader {

    private final String file;
    private final Instruments instruments;
    private KnowledgeFile knowledge;

    RegistryRulesReader(String file, Instruments instruments) {
        this.file = file;
        this.instruments = instruments;
    }

    RegistryRules read(InputStream in) throws IOException {
        knowledge = KnowledgeFile.read(file, in);
        JsonNode root = knowledge.root();
        List<NotJudged> notJudged = new ArrayList<>();
        for (JsonNode node : root.path("notJudged")) {
            String instrument = instrument(node, "notJudged").id();
            notJudged.add(new NotJudged(instrument, guidance(node, "why", "notJudged " + instrument)));
        }
        knowledge.require(root.path("nextContact").isObject(), "nextContact", "is missing");
        return new RegistryRules(knowledge.version(), notImproving(root.path("notImproving")),
                baseline(root.path("baseline")), notJudged, guidance(root.path("nextContact"), "text", "nextContact"),
                knowledge.sources());
    }

    private NotImprovingRule notImproving(JsonNode node) {
        knowledge.require(node.isObject(), "notImproving", "is missing");
        String id = knowledge.text(node, "id", "notImproving");
        String entry = "rule " + id;
        Instrument instrument = instrument(node, entry);
        Set<KnowledgeSource> sources = new LinkedHashSet<>();
        for (String field : List.of("appliesSources", "weekSources", "improvementSources")) {
            List<KnowledgeSource> cited = knowledge.cited(node, field, entry);
            knowledge.require(KnowledgeSource.allFirm(cited), entry, field + " cites an unverified source; "
                    + "a rule's numbers must rest on sources that were seen");
            sources.addAll(cited);
        }
        sources.addAll(knowledge.cited(node, "actionSources", entry));
        int dropPercent = whole(node, "improvedDropPercent", entry);
        ChangeRules change = instrument.changeRules().orElse(null);
        knowledge.require(change != null && change.responseDropPercent() == dropPercent, entry, "improvedDropPercent "
                + dropPercent + " must be " + instrument.id() + "'s cited response percentage, "
                + (change == null ? "which it has none of" : "which is " + change.responseDropPercent()));
        return new NotImprovingRule(id, instrument, knowledge.text(node, "text", entry),
                whole(node, "appliesFromBaseline", entry), whole(node, "fromWeek", entry),
                whole(node, "improvedBelow", entry), dropPercent, knowledge.text(node, "action", entry),
                List.copyOf(sources), node.path("note").asText(null));
    }

    private BaselineChoice baseline(JsonNode node) {
        knowledge.require(node.isObject(), "baseline", "is missing");
        return new BaselineChoice(whole(node, "daysAround", "baseline"), knowledge.text(node, "text", "baseline"),
                knowledge.cited(node, "baseline"), node.path("note").asText(null));
    }

    private Guidance guidance(JsonNode node, String field, String entry) {
        return new Guidance(knowledge.text(node, field, entry), knowledge.cited(node, entry),
                node.path("note").asText(null));
    }

    private Instrument instrument(JsonNode node, String entry) {
        String id = knowledge.text(node, "instrument", entry);
        knowledge.require(instruments.find(id).isPresent(), entry, "names instrument '" + id
                + "', which the instruments file does not have");
        return instruments.get(id);
    }

    private int whole(JsonNode node, String field, String entry) {
        knowledge.require(node.path(field).isInt() && node.path(field).asInt() >= 0, entry,
                "needs " + field + " as a whole number of 0 or more");
        return node.path(field).asInt();
    }
}
