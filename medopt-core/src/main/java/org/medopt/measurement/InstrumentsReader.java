package org.medopt.measurement;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medopt.knowledge.KnowledgeFile;
import org.medopt.knowledge.KnowledgeSource;

/** Reads the instruments file and refuses it whole, naming file and entry, if any entry breaks the format. */
final class InstrumentsReader {

    /** The source every MedOpt-own rule or checklist cites instead of a published one. */
    static final String MEDOPT_OWN = "medopt-own";

    private final String file;
    private KnowledgeFile knowledge;
    private final Set<String> itemIds = new HashSet<>();

    InstrumentsReader(String file) {
        this.file = file;
    }

    Instruments read(InputStream in) throws IOException {
        knowledge = KnowledgeFile.read(file, in);
        JsonNode root = knowledge.root();
        String version = knowledge.version();
        List<Instrument> instruments = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : root.path("instruments")) {
            Instrument instrument = instrument(node);
            require(ids.add(instrument.id()), "instrument " + instrument.id(), "id is listed twice");
            instruments.add(instrument);
        }
        require(!instruments.isEmpty(), "(file)", "lists no instruments");
        return new Instruments(version, instruments, knowledge.sources());
    }

    private Instrument instrument(JsonNode node) {
        String id = text(node, "id", "instrument");
        String entry = "instrument " + id;
        boolean scored = node.path("scored").asBoolean(false);
        JsonNode licenceNode = node.path("licence");
        LicenceStatus status = knowledge.coded(entry, LicenceStatus.class, text(licenceNode, "status", entry + " licence"));
        Licence licence = new Licence(status, text(licenceNode, "text", entry + " licence"),
                cited(licenceNode, "sources", entry + " licence"));
        List<Item> items = items(node, entry);
        Instrument instrument = new Instrument(id, text(node, "name", entry), text(node, "period", entry), scored,
                cited(node, "scoringSources", entry), licence, items, bands(node, entry), percentage(node, entry),
                cutOffs(node, entry), safety(node, entry), change(node, entry));
        new ScoringCheck(knowledge, entry).check(instrument);
        return instrument;
    }

    private List<Item> items(JsonNode node, String entry) {
        JsonNode answers = node.path("answers");
        require(answers.path("lowest").isInt() && answers.path("highest").isInt(), entry,
                "needs answers with a whole-number lowest and highest");
        List<Item> items = new ArrayList<>();
        Map<String, Item> earlier = new LinkedHashMap<>();
        for (JsonNode itemNode : node.path("items")) {
            String id = text(itemNode, "id", entry + " item");
            String itemEntry = "item " + id;
            require(itemIds.add(id), itemEntry, "id is listed twice");
            int lowest = itemNode.path("lowest").asInt(answers.path("lowest").asInt());
            int highest = itemNode.path("highest").asInt(answers.path("highest").asInt());
            require(lowest >= 0 && lowest < highest, itemEntry,
                    "answers must run from a lowest of 0 or more to a higher highest, were " + lowest + "-" + highest);
            List<String> labels = new ArrayList<>();
            (itemNode.has("labels") ? itemNode : answers).path("labels").forEach(l -> labels.add(l.asText("")));
            require(labels.isEmpty() || labels.size() == highest - lowest + 1, itemEntry,
                    "needs one answer label for each answer " + lowest + "-" + highest + ", has " + labels.size());
            Item.AskedIf askedIf = null;
            if (itemNode.has("askedIf")) {
                String on = text(itemNode.path("askedIf"), "item", itemEntry + " askedIf");
                Item before = earlier.get(on);
                require(before != null, itemEntry, "is asked depending on '" + on + "', which is not an earlier item");
                int answer = itemNode.path("askedIf").path("answer").asInt(-1);
                require(answer >= before.lowest() && answer <= before.highest(), itemEntry,
                        "depends on an answer outside " + on + "'s " + before.lowest() + "-" + before.highest());
                askedIf = new Item.AskedIf(on, answer);
            }
            Item item = new Item(id, text(itemNode, "label", itemEntry), itemNode.path("wording").asText(null), lowest,
                    highest, itemNode.path("scored").asBoolean(true), itemNode.path("required").asBoolean(true),
                    itemNode.path("reverse").asBoolean(false), askedIf, labels);
            earlier.put(id, item);
            items.add(item);
        }
        require(!items.isEmpty(), entry, "lists no items");
        return items;
    }

    private List<Band> bands(JsonNode node, String entry) {
        List<Band> bands = new ArrayList<>();
        for (JsonNode band : node.path("bands")) {
            String label = text(band, "label", entry + " band");
            require(band.path("lowest").isInt() && band.path("highest").isInt(), entry + " band " + label,
                    "needs a whole-number lowest and highest");
            bands.add(new Band(band.path("lowest").asInt(), band.path("highest").asInt(), label,
                    cited(band, "sources", entry + " band " + label)));
        }
        return bands;
    }

    private Integer percentage(JsonNode node, String entry) {
        if (!node.has("percentageFactor")) {
            return null;
        }
        require(node.path("percentageFactor").asInt(0) > 0, entry, "percentageFactor must be a positive whole number");
        cited(node, "percentageSources", entry + " percentage");
        return node.path("percentageFactor").asInt();
    }

    private List<CutOff> cutOffs(JsonNode node, String entry) {
        List<CutOff> cutOffs = new ArrayList<>();
        for (JsonNode cut : node.path("cutOffs")) {
            String id = text(cut, "id", entry + " cut-off");
            require(cut.path("below").isInt(), "cut-off " + id, "needs a whole-number below");
            cutOffs.add(new CutOff(id, cut.path("below").asInt(), text(cut, "meaning", "cut-off " + id),
                    cited(cut, "sources", "cut-off " + id)));
        }
        return cutOffs;
    }

    private List<SafetyRule> safety(JsonNode node, String entry) {
        List<SafetyRule> rules = new ArrayList<>();
        for (JsonNode rule : node.path("safety")) {
            String id = text(rule, "id", entry + " safety rule");
            String ruleEntry = "safety rule " + id;
            List<String> items = new ArrayList<>();
            rule.path("items").forEach(i -> items.add(i.asText()));
            require(!items.isEmpty(), ruleEntry, "names no items");
            List<KnowledgeSource> cited = cited(rule, "sources", ruleEntry);
            boolean own = cited.stream().anyMatch(s -> s.id().equals(MEDOPT_OWN));
            rules.add(new SafetyRule(id, items, rule.path("atLeast").asInt(-1), text(rule, "reason", ruleEntry), own,
                    cited, rule.path("note").asText(null)));
        }
        return rules;
    }

    private ChangeRules change(JsonNode node, String entry) {
        if (!node.has("change")) {
            return null;
        }
        JsonNode change = node.path("change");
        return new ChangeRules(change.path("responseDropPercent").asInt(0),
                cited(change, "responseSources", entry + " change"), change.path("remissionBelow").asInt(-1),
                cited(change, "remissionSources", entry + " change"));
    }

    private List<KnowledgeSource> cited(JsonNode node, String field, String entry) {
        return knowledge.cited(node, field, entry);
    }

    private String text(JsonNode node, String field, String entry) {
        return knowledge.text(node, field, entry);
    }

    private void require(boolean condition, String entry, String problem) {
        knowledge.require(condition, entry, problem);
    }
}
