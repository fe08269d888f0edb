package org.medopt.taper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medopt.knowledge.DrugClass;
import org.medopt.knowledge.KnowledgeFile;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.shared.Coded;

/** Reads the withdrawal check-in file and refuses it whole, naming file and entry, if any entry breaks the format. */
final class WithdrawalChecklistReader {

    /** The group an item names when every taper asks it, whatever the drug. */
    static final String ANY_DRUG = "any";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KnowledgeFile knowledge;

    WithdrawalChecklistReader(String file) {
        this.knowledge = new KnowledgeFile(file);
    }

    WithdrawalChecklist read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        require(root != null && root.isObject(), "(file)", "is not a JSON object");
        String version = root.path("version").asText("");
        require(!version.isBlank(), "(file)", "has no version");
        knowledge.readSources(root);
        List<String> severity = severityWords(root.path("scales"));
        List<ChecklistItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : root.path("items")) {
            ChecklistItem item = item(node);
            require(ids.add(item.id()), "item " + item.id(), "id is listed twice");
            items.add(item);
        }
        require(!items.isEmpty(), "(file)", "lists no checklist items");
        List<AdaptationRule> rules = new ArrayList<>();
        root.path("rules").forEach(node -> rules.add(rule(node)));
        List<String> order = rules.stream().map(AdaptationRule::id).toList();
        require(order.equals(List.copyOf(AdaptationRule.PRECEDENCE.keySet())), "(rules)",
                "must list exactly the rules " + AdaptationRule.PRECEDENCE.keySet() + " in that order of precedence, was "
                        + order);
        int stable = rules.get(order.indexOf(AdaptationRule.STABLE)).parameter("rating");
        int moderate = rules.get(order.indexOf(AdaptationRule.MODERATE_SYMPTOMS)).parameter("rating");
        int severe = rules.get(order.indexOf(AdaptationRule.SEVERE_SYMPTOMS)).parameter("rating");
        // Every rating must fall to exactly one of stable, moderate or severe: no gap, no overlap.
        require(moderate == stable + 1 && severe > moderate, "(rules)",
                "ratings must run stable < moderate (= stable + 1) < severe, were " + stable + ", " + moderate + ", " + severe);
        return new WithdrawalChecklist(version, severity, items, rules, knowledge.sources());
    }

    private List<String> severityWords(JsonNode scales) {
        List<String> words = new ArrayList<>();
        scales.path("severity").forEach(w -> words.add(w.asText("")));
        require(words.size() == WithdrawalCheckIn.HIGHEST_RATING + 1 && words.stream().noneMatch(String::isBlank),
                "scales", "severity needs one word for each rating 0 to " + WithdrawalCheckIn.HIGHEST_RATING);
        JsonNode howHard = scales.path("howHard");
        require(howHard.path("lowest").asInt(-1) == 0
                && howHard.path("highest").asInt(-1) == WithdrawalCheckIn.HIGHEST_HOW_HARD, "scales",
                "howHard must run from 0 to " + WithdrawalCheckIn.HIGHEST_HOW_HARD);
        return words;
    }

    private ChecklistItem item(JsonNode node) {
        String id = text(node, "id", "item");
        String entry = "item " + id;
        Set<DrugClass> groups = new HashSet<>();
        boolean any = false;
        for (JsonNode group : node.path("groups")) {
            if (ANY_DRUG.equals(group.asText())) {
                any = true;
            } else {
                groups.add(coded(entry, DrugClass.class, group.asText()));
            }
        }
        require(any || !groups.isEmpty(), entry, "names no drug groups");
        return new ChecklistItem(id, text(node, "wording", entry), groups, any,
                node.path("alertAtAnyRating").asBoolean(false), sources(node, entry), node.path("note").asText(null));
    }

    private AdaptationRule rule(JsonNode node) {
        String id = text(node, "id", "rule");
        String entry = "rule " + id;
        Adjustment.Action expected = AdaptationRule.PRECEDENCE.get(id);
        require(expected != null, entry, "is not a rule MedOpt implements: " + AdaptationRule.PRECEDENCE.keySet());
        Adjustment.Action action = coded(entry, Adjustment.Action.class, text(node, "action", entry));
        require(action == expected, entry, "action must be " + expected.code() + ", the action the evaluator takes");
        require(node.path("alertTeam").isBoolean(), entry, "needs alertTeam true or false");
        JsonNode threshold = node.path("threshold");
        ThresholdBasis basis = coded(entry, ThresholdBasis.class, text(threshold, "basis", entry));
        List<KnowledgeSource> cited = sources(node, entry);
        require(basis != ThresholdBasis.SOURCE || cited.stream().anyMatch(KnowledgeSource::firm), entry,
                "says its threshold comes from a source but cites none that was seen");
        Map<String, Integer> parameters = new LinkedHashMap<>();
        for (String name : AdaptationRule.PARAMETERS.getOrDefault(id, List.of())) {
            int value = node.path(name).asInt(0);
            require(value > 0, entry, name + " must be a positive whole number");
            parameters.put(name, value);
        }
        if (parameters.containsKey("rating")) {
            require(parameters.get("rating") <= WithdrawalCheckIn.HIGHEST_RATING, entry,
                    "rating must be on the 0-" + WithdrawalCheckIn.HIGHEST_RATING + " scale");
        }
        return new AdaptationRule(id, action, node.path("alertTeam").asBoolean(), text(node, "when", entry),
                text(node, "then", entry), basis, text(threshold, "text", entry), parameters, cited);
    }

    private List<KnowledgeSource> sources(JsonNode node, String entry) {
        return knowledge.cited(node, "sources", entry);
    }

    private String text(JsonNode node, String field, String entry) {
        return knowledge.text(node, field, entry);
    }

    private <E extends Enum<E> & Coded> E coded(String entry, Class<E> type, String code) {
        return knowledge.coded(entry, type, code);
    }

    private void require(boolean condition, String entry, String problem) {
        knowledge.require(condition, entry, problem);
    }
}
