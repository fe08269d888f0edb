package org.medopt.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medopt.shared.Coded;

/**
 * The checks every knowledge-base reader makes on its file: the {@code sources} map, cited source ids, required text
 * and coded values; each failure names the file and the entry.
 */
public final class KnowledgeFile {

    private final String file;
    private final Map<String, KnowledgeSource> sources = new LinkedHashMap<>();

    public KnowledgeFile(String file) {
        this.file = file;
    }

    /** Reads the file's {@code sources} map; call before {@link #cited}. */
    public void readSources(JsonNode root) {
        root.path("sources").fields().forEachRemaining(f -> {
            String entry = "source " + f.getKey();
            JsonNode node = f.getValue();
            Verification verification = coded(entry, Verification.class, text(node, "verification", entry));
            sources.put(f.getKey(), new KnowledgeSource(f.getKey(), text(node, "title", entry),
                    node.path("url").asText(null), verification, node.path("note").asText(null)));
        });
    }

    /** Every source the file defines, in file order. */
    public List<KnowledgeSource> sources() {
        return List.copyOf(sources.values());
    }

    /** The sources {@code node.field} names; fails if one is not defined or none is named. */
    public List<KnowledgeSource> cited(JsonNode node, String field, String entry) {
        List<KnowledgeSource> cited = new ArrayList<>();
        for (JsonNode id : node.path(field)) {
            KnowledgeSource source = sources.get(id.asText());
            require(source != null, entry, "cites source '" + id.asText() + "', which is not defined in sources");
            cited.add(source);
        }
        require(!cited.isEmpty(), entry, "cites no " + field);
        return cited;
    }

    /** The non-blank text of {@code node.field}; fails saying the entry needs it. */
    public String text(JsonNode node, String field, String entry) {
        JsonNode value = node.path(field);
        require(value.isTextual() && !value.asText().isBlank(), entry, "needs " + field);
        return value.asText();
    }

    /** The constant of {@code type} coded {@code code}; fails naming the allowed codes. */
    public <E extends Enum<E> & Coded> E coded(String entry, Class<E> type, String code) {
        return Coded.find(type, code).orElseThrow(() -> new InvalidKnowledgeException(file, entry,
                "unknown " + type.getSimpleName() + " '" + code + "'; expected one of " + Coded.codes(type)));
    }

    public void require(boolean condition, String entry, String problem) {
        if (!condition) {
            throw new InvalidKnowledgeException(file, entry, problem);
        }
    }
}
