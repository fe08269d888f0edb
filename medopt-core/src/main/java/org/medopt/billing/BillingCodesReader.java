package org.medopt.billing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medopt.knowledge.KnowledgeFile;
import org.medopt.knowledge.KnowledgeSource;

/** Reads the care-management billing file and refuses it whole, naming file and entry, if any entry breaks the format. */
final class BillingCodesReader {

    private final String file;
    private KnowledgeFile knowledge;

    BillingCodesReader(String file) {
        this.file = file;
    }

    BillingCodes read(InputStream in) throws IOException {
        knowledge = KnowledgeFile.read(file, in);
        JsonNode root = knowledge.root();
        String version = knowledge.version();
        TimeRule timeRule = timeRule(root.path("timeRule"));
        Map<CodeRole, CodeRule> byRole = new EnumMap<>(CodeRole.class);
        Set<String> codes = new HashSet<>();
        for (JsonNode node : root.path("codes")) {
            CodeRule rule = code(node);
            knowledge.require(codes.add(rule.code()), "code " + rule.code(), "is listed twice");
            knowledge.require(byRole.put(rule.role(), rule) == null, "code " + rule.code(),
                    "role " + rule.role().code() + " is already played by another code");
        }
        for (CodeRole role : CodeRole.values()) {
            knowledge.require(byRole.containsKey(role), "(codes)", "no code plays role " + role.code());
        }
        for (CodeRule rule : byRole.values()) {
            for (String excluded : rule.excludes()) {
                knowledge.require(codes.contains(excluded), "code " + rule.code(), "excludes unknown code '" + excluded + "'");
            }
        }
        return new BillingCodes(version, timeRule, byRole, knowledge.sources());
    }

    private TimeRule timeRule(JsonNode node) {
        String entry = "timeRule";
        knowledge.require(node.isObject(), entry, "is missing");
        return new TimeRule(knowledge.text(node, "text", entry),
                knowledge.coded(entry, ThresholdStatus.class, knowledge.text(node, "status", entry)), knowledge.text(node, "statusNote", entry),
                firmlyCited(node, entry));
    }

    private CodeRule code(JsonNode node) {
        String code = knowledge.text(node, "code", "code");
        String entry = "code " + code;
        CodeRole role = knowledge.coded(entry, CodeRole.class, knowledge.text(node, "role", entry));
        int descriptorMinutes = positive(node, "descriptorMinutes", entry);
        int reportableFrom = positive(node, "reportableFrom", entry);
        ThresholdBasis basis = knowledge.coded(entry, ThresholdBasis.class, knowledge.text(node, "thresholdBasis", entry));
        knowledge.require(reportableFrom == basis.reportableFrom(descriptorMinutes), entry, "reportableFrom " + reportableFrom
                + " does not follow the " + basis.code() + " basis for " + descriptorMinutes + " minutes, which gives "
                + basis.reportableFrom(descriptorMinutes));
        ThresholdStatus status = knowledge.coded(entry, ThresholdStatus.class, knowledge.text(node, "status", entry));
        Set<String> excludes = new HashSet<>();
        node.path("excludes").forEach(e -> excludes.add(e.asText()));
        knowledge.require(!excludes.contains(code), entry, "excludes itself");
        return new CodeRule(code, role, knowledge.text(node, "descriptor", entry), descriptorMinutes, reportableFrom, basis,
                status, knowledge.text(node, "statusNote", entry), excludes, firmlyCited(node, entry));
    }

    private int positive(JsonNode node, String field, String entry) {
        JsonNode value = node.path(field);
        knowledge.require(value.isInt() && value.asInt() > 0, entry, "needs " + field + " as a positive whole number of minutes");
        return value.asInt();
    }

    /** A billing threshold must rest on at least one source that was seen. */
    private List<KnowledgeSource> firmlyCited(JsonNode node, String entry) {
        List<KnowledgeSource> cited = knowledge.cited(node, entry);
        knowledge.require(cited.stream().anyMatch(KnowledgeSource::firm), entry, "cites no source that was seen");
        return cited;
    }
}
