package org.medopt.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.medopt.person.Sex;
import org.medopt.shared.Coded;

/** Reads the review rules file and refuses it whole, naming file and entry, if any entry breaks the format. */
final class ReviewRulesReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LOINC = Pattern.compile("\\d{1,7}-\\d");

    private final String file;
    private final DrugCatalog catalog;
    private final Map<String, KnowledgeSource> sources = new HashMap<>();
    private final Map<String, ConditionSet> conditionSets = new LinkedHashMap<>();
    private final Map<String, MonitoringProtocol> protocols = new LinkedHashMap<>();

    ReviewRulesReader(String file, DrugCatalog catalog) {
        this.file = file;
        this.catalog = catalog;
    }

    ReviewRules read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !root.isObject()) {
            throw new InvalidKnowledgeException(file, "(file)", "is not a JSON object");
        }
        String version = root.path("version").asText("");
        if (version.isBlank()) {
            throw new InvalidKnowledgeException(file, "(file)", "has no version");
        }
        root.path("sources").fields().forEachRemaining(f -> sources.put(f.getKey(), source(f.getKey(), f.getValue())));
        for (JsonNode node : root.path("conditionSets")) {
            ConditionSet set = conditionSet(node);
            require(conditionSets.put(set.id(), set) == null, "condition set " + set.id(), "is listed twice");
        }
        for (JsonNode node : root.path("monitoringProtocols")) {
            MonitoringProtocol protocol = protocol(node);
            require(protocols.put(protocol.id(), protocol) == null, "protocol " + protocol.id(), "is listed twice");
        }
        List<RuleDefinition> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode node : root.path("rules")) {
            RuleDefinition rule = new RuleEntryReader(this, node).read();
            require(ids.add(rule.id()), "rule " + rule.id(), "id is listed twice");
            rules.add(rule);
        }
        require(!rules.isEmpty(), "(file)", "lists no rules");
        return new ReviewRules(version, rules, protocols, conditionSets, List.copyOf(sources.values()));
    }

    private KnowledgeSource source(String id, JsonNode node) {
        String entry = "source " + id;
        String title = text(node, "title", entry);
        Verification verification = coded(entry, Verification.class, text(node, "verification", entry));
        return new KnowledgeSource(id, title, node.path("url").asText(null), verification, node.path("note").asText(null));
    }

    private ConditionSet conditionSet(JsonNode node) {
        String id = text(node, "id", "condition set");
        String entry = "condition set " + id;
        List<String> icd10 = strings(node.path("icd10"));
        List<String> snomed = strings(node.path("snomed"));
        require(!icd10.isEmpty() || !snomed.isEmpty(), entry, "lists no codes");
        return new ConditionSet(id, text(node, "title", entry), icd10, snomed, sources(node, entry));
    }

    private MonitoringProtocol protocol(JsonNode node) {
        String id = text(node, "id", "protocol");
        String entry = "protocol " + id;
        List<MonitoredTest> tests = new ArrayList<>();
        for (JsonNode test : node.path("tests")) {
            List<String> codes = strings(test.path("loinc"));
            require(!codes.isEmpty() && codes.stream().allMatch(c -> LOINC.matcher(c).matches()), entry,
                    "a test needs LOINC codes like 14334-7, was " + codes);
            List<MonitoredTest.TestInterval> schedule = new ArrayList<>();
            for (JsonNode step : test.path("schedule")) {
                int from = step.path("fromDay").asInt(-1);
                int every = step.path("everyDays").asInt(0);
                require(from >= 0 && every > 0, entry, "schedule steps need fromDay >= 0 and everyDays > 0");
                schedule.add(new MonitoredTest.TestInterval(from, every));
            }
            tests.add(new MonitoredTest(codes, text(test, "display", entry), test.path("unit").asText(""), schedule,
                    sources(test, entry)));
        }
        require(!tests.isEmpty(), entry, "lists no tests");
        return new MonitoringProtocol(id, text(node, "title", entry), tests);
    }

    List<KnowledgeSource> sources(JsonNode node, String entry) {
        List<String> ids = strings(node.path("sources"));
        require(!ids.isEmpty(), entry, "cites no sources");
        return ids.stream().map(id -> {
            KnowledgeSource source = sources.get(id);
            require(source != null, entry, "cites source '" + id + "', which is not defined in sources");
            return source;
        }).toList();
    }

    boolean hasConditionSet(String id) {
        return conditionSets.containsKey(id);
    }

    boolean hasDrug(String name) {
        return catalog.byName(name).isPresent();
    }

    Sex sex(String entry, String code) {
        return coded(entry, Sex.class, code);
    }

    String text(JsonNode node, String field, String entry) {
        String value = node.path(field).asText("");
        require(node.path(field).isTextual() && !value.isBlank(), entry, "needs " + field);
        return value;
    }

    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asText()));
        return values;
    }

    <E extends Enum<E> & Coded> E coded(String entry, Class<E> type, String code) {
        return DrugEntryValidator.coded(file, entry, type, code);
    }

    void require(boolean condition, String entry, String problem) {
        if (!condition) {
            throw invalid(entry, problem);
        }
    }

    InvalidKnowledgeException invalid(String entry, String problem) {
        return new InvalidKnowledgeException(file, entry, problem);
    }
}
