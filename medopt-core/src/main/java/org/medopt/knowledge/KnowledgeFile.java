package org.medopt.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medopt.shared.Coded;

/**
 * A cited knowledge file being read: its version, its sources, and the checks every reader of such a file makes, each
 * refusing the file whole with an {@link InvalidKnowledgeException} naming the file and the entry.
 */
public final class KnowledgeFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final JsonNode root;
    private final String version;
    private final Map<String, KnowledgeSource> sources = new LinkedHashMap<>();

    private KnowledgeFile(String file, JsonNode root) {
        this.file = file;
        this.root = root;
        require(root != null && root.isObject(), "(file)", "is not a JSON object");
        this.version = root.path("version").asText("");
        require(!version.isBlank(), "(file)", "has no version");
        root.path("sources").fields().forEachRemaining(f -> sources.put(f.getKey(), source(f.getKey(), f.getValue())));
    }

    /** Reads {@code in} as the knowledge file named {@code file}, with its version and sources checked. */
    public static KnowledgeFile read(String file, InputStream in) throws IOException {
        return new KnowledgeFile(file, JSON.readTree(in));
    }

    public JsonNode root() {
        return root;
    }

    public String version() {
        return version;
    }

    /** The sources the file defines, in its order. */
    public List<KnowledgeSource> sources() {
        return List.copyOf(sources.values());
    }

    /** The sources {@code node}'s {@code sources} array names; at least one, each defined in the file. */
    public List<KnowledgeSource> cited(JsonNode node, String entry) {
        return cited(node, "sources", entry);
    }

    /** The sources {@code node}'s array {@code field} names; at least one, each defined in the file. */
    public List<KnowledgeSource> cited(JsonNode node, String field, String entry) {
        List<KnowledgeSource> cited = new ArrayList<>();
        for (JsonNode id : node.path(field)) {
            KnowledgeSource source = sources.get(id.asText());
            require(source != null, entry, "cites source '" + id.asText() + "', which is not defined in sources");
            cited.add(source);
        }
        require(!cited.isEmpty(), entry, "cites no sources");
        return cited;
    }

    /** {@code node}'s {@code field}, which must be non-blank text. */
    public String text(JsonNode node, String field, String entry) {
        JsonNode value = node.path(field);
        require(value.isTextual() && !value.asText().isBlank(), entry, "needs " + field);
        return value.asText();
    }

    /** The constant of {@code type} whose code is {@code code}; an unknown code names the ones allowed. */
    public <E extends Enum<E> & Coded> E coded(String entry, Class<E> type, String code) {
        return Coded.find(type, code).orElseThrow(() -> new InvalidKnowledgeException(file, entry,
                "unknown " + type.getSimpleName() + " '" + code + "'; expected one of " + Coded.codes(type)));
    }

    public void require(boolean condition, String entry, String problem) {
        if (!condition) {
            throw new InvalidKnowledgeException(file, entry, problem);
        }
    }

    private KnowledgeSource source(String id, JsonNode node) {
        String entry = "source " + id;
        Verification verification = coded(entry, Verification.class, text(node, "verification", entry));
        return new KnowledgeSource(id, text(node, "title", entry), node.path("url").asText(null), verification,
                node.path("note").asText(null));
    }
}
