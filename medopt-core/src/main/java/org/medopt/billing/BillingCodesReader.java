package org.medopt.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medopt.knowledge.InvalidKnowledgeException;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.knowledge.Verification;
import org.medopt.shared.Coded;

/** Reads the care-management billing file and refuses it whole, naming file and entry, if any entry breaks the format. */
final class BillingCodesReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final Map<String, KnowledgeSource> sources = new LinkedHashMap<>();

    BillingCodesReader(String file) {
        this.file = file;
    }

    BillingCodes read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        require(root != null && root.isObject(), "(file)", "is not a JSON object");
        String version = root.path("version").asText("");
        require(!version.isBlank(), "(file)", "has no version");
        root.path("sources").fields().forEachRemaining(f -> sources.put(f.getKey(), source(f.getKey(), f.getValue())));
        TimeRule timeRule = timeRule(root.path("timeRule"));
        Map<CodeRole, CodeRule> byRole = new EnumMap<>(CodeRole.class);
        Set<String> codes = new HashSet<>();
        for (JsonNode node : root.path("codes")) {
            CodeRule rule = code(node);
            require(codes.add(rule.code()), "code " + rule.code(), "is listed twice");
            require(byRole.put(rule.role(), rule) == null, "code " + rule.code(),
                    "role " + rule.role().code() + " is already played by another code");
        }
        for (CodeRole role : CodeRole.values()) {
            require(byRole.containsKey(role), "(codes)", "no code plays role " + role.code());
        }
        for (CodeRule rule : byRole.values()) {
            for (String excluded : rule.excludes()) {
                require(codes.contains(excluded), "code " + rule.code(), "excludes unknown code '" + excluded + "'");
            }
        }
        return new BillingCodes(version, timeRule, byRole, List.copyOf(sources.values()));
    }

    private KnowledgeSource source(String id, JsonNode node) {
        String entry = "source " + id;
        Verification verification = coded(entry, Verification.class, text(node, "verification", entry));
        return new KnowledgeSource(id, text(node, "title", entry), node.path("url").asText(null), verification,
                node.path("note").asText(null));
    }

    private TimeRule timeRule(JsonNode node) {
        String entry = "timeRule";
        require(node.isObject(), entry, "is missing");
        return new TimeRule(text(node, "text", entry),
                coded(entry, ThresholdStatus.class, text(node, "status", entry)), text(node, "statusNote", entry),
                sources(node, entry));
    }

    private CodeRule code(JsonNode node) {
        String code = text(node, "code", "code");
        String entry = "code " + code;
        CodeRole role = coded(entry, CodeRole.class, text(node, "role", entry));
        int descriptorMinutes = positive(node, "descriptorMinutes", entry);
        int reportableFrom = positive(node, "reportableFrom", entry);
        ThresholdBasis basis = coded(entry, ThresholdBasis.class, text(node, "thresholdBasis", entry));
        require(reportableFrom == basis.reportableFrom(descriptorMinutes), entry, "reportableFrom " + reportableFrom
                + " does not follow the " + basis.code() + " basis for " + descriptorMinutes + " minutes, which gives "
                + basis.reportableFrom(descriptorMinutes));
        ThresholdStatus status = coded(entry, ThresholdStatus.class, text(node, "status", entry));
        Set<String> excludes = new HashSet<>();
        node.path("excludes").forEach(e -> excludes.add(e.asText()));
        require(!excludes.contains(code), entry, "excludes itself");
        return new CodeRule(code, role, text(node, "descriptor", entry), descriptorMinutes, reportableFrom, basis,
                status, text(node, "statusNote", entry), excludes, sources(node, entry));
    }

    private List<KnowledgeSource> sources(JsonNode node, String entry) {
        List<KnowledgeSource> cited = new ArrayList<>();
        for (JsonNode id : node.path("sources")) {
            KnowledgeSource source = sources.get(id.asText());
            require(source != null, entry, "cites source '" + id.asText() + "', which is not defined in sources");
            cited.add(source);
        }
        require(!cited.isEmpty(), entry, "cites no sources");
        require(cited.stream().anyMatch(KnowledgeSource::firm), entry, "cites no source that was seen");
        return cited;
    }

    private int positive(JsonNode node, String field, String entry) {
        JsonNode value = node.path(field);
        require(value.isInt() && value.asInt() > 0, entry, "needs " + field + " as a positive whole number of minutes");
        return value.asInt();
    }

    private String text(JsonNode node, String field, String entry) {
        JsonNode value = node.path(field);
        require(value.isTextual() && !value.asText().isBlank(), entry, "needs " + field);
        return value.asText();
    }

    private <E extends Enum<E> & Coded> E coded(String entry, Class<E> type, String code) {
        return Coded.find(type, code).orElseThrow(() -> new InvalidKnowledgeException(file, entry,
                "unknown " + type.getSimpleName() + " '" + code + "'; expected one of " + Coded.codes(type)));
    }

    private void require(boolean condition, String entry, String problem) {
        if (!condition) {
            throw new InvalidKnowledgeException(file, entry, problem);
        }
    }
}
