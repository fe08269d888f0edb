package org.medopt.billing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.knowledge.InvalidKnowledgeException;

@DisplayName("Reading the care-management billing file refuses it whole, naming file and entry, when")
class BillingCodesReaderTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = BillingCodes.DEFAULT_RESOURCE;

    private static BillingCodes read(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root;
        try (InputStream in = BillingCodes.class.getClassLoader().getResourceAsStream(FILE)) {
            root = (ObjectNode) JSON.readTree(in);
        }
        change.accept(root);
        return new BillingCodesReader(FILE).read(new ByteArrayInputStream(JSON.writeValueAsBytes(root)));
    }

    private static ObjectNode code(ObjectNode root, String code) {
        for (var node : root.withArray("codes")) {
            if (node.path("code").asText().equals(code)) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalArgumentException(code);
    }

    @Test
    @DisplayName("a code cites a source that is not defined")
    void unknownSource() {
        assertThatThrownBy(() -> read(root -> code(root, "99492").withArray("sources").add("hearsay")))
                .isInstanceOf(InvalidKnowledgeException.class).hasMessageContaining(FILE)
                .hasMessageContaining("code 99492").hasMessageContaining("'hearsay'");
    }

    @Test
    @DisplayName("a code has no reporting threshold")
    void missingThreshold() {
        assertThatThrownBy(() -> read(root -> code(root, "G2214").remove("reportableFrom")))
                .hasMessageContaining(FILE).hasMessageContaining("code G2214").hasMessageContaining("reportableFrom");
    }

    @Test
    @DisplayName("a threshold does not follow its basis (35 for 70 minutes at the mid-point)")
    void thresholdOffBasis() {
        assertThatThrownBy(() -> read(root -> code(root, "99492").put("reportableFrom", 35)))
                .hasMessageContaining("code 99492").hasMessageContaining("gives 36");
    }

    @Test
    @DisplayName("a code cites only sources marked unverified")
    void onlyUnverified() {
        assertThatThrownBy(() -> read(root -> {
            ((ObjectNode) root.with("sources").with("aafp-bhi-coding")).put("verification", "unverified");
            ((ObjectNode) root.with("sources").with("aafp-midpoint-rule")).put("verification", "unverified");
            ((ObjectNode) root.with("sources").with("mirah-minute-targets")).put("verification", "unverified");
        })).hasMessageContaining("code 99484").hasMessageContaining("no source that was seen");
    }

    @Test
    @DisplayName("a source's verification is not a known tag")
    void unknownVerification() {
        assertThatThrownBy(() -> read(root -> ((ObjectNode) root.with("sources").with("aafp-bhi-coding"))
                .put("verification", "probably"))).hasMessageContaining("source aafp-bhi-coding")
                .hasMessageContaining("'probably'");
    }

    @Test
    @DisplayName("no code plays a role the rules need")
    void missingRole() {
        assertThatThrownBy(() -> read(root -> root.withArray("codes").remove(3)))
                .hasMessageContaining("no code plays role short-month");
    }

    @Test
    @DisplayName("a code excludes a code the file does not define")
    void unknownExclusion() {
        assertThatThrownBy(() -> read(root -> code(root, "99484").withArray("excludes").add("99999")))
                .hasMessageContaining("code 99484").hasMessageContaining("'99999'");
    }

    @Test
    @DisplayName("the file has no version")
    void noVersion() {
        assertThatThrownBy(() -> read(root -> root.remove("version"))).hasMessageContaining("has no version");
    }
}
