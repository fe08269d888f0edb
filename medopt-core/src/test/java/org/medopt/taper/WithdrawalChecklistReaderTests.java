package org.medopt.taper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medopt.knowledge.DrugCatalog;
import org.medopt.knowledge.DrugClass;
import org.medopt.knowledge.InvalidKnowledgeException;

@DisplayName("Reading the withdrawal check-in file refuses it whole, naming file and entry, when")
class WithdrawalChecklistReaderTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = WithdrawalChecklist.DEFAULT_RESOURCE;
    private static final DrugCatalog CATALOG = DrugCatalog.load();

    private static WithdrawalChecklist read(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root;
        try (InputStream in = WithdrawalChecklist.class.getClassLoader().getResourceAsStream(FILE)) {
            root = (ObjectNode) JSON.readTree(in);
        }
        change.accept(root);
        return new WithdrawalChecklistReader(FILE).read(new ByteArrayInputStream(JSON.writeValueAsBytes(root)));
    }

    private static ObjectNode item(ObjectNode root, int index) {
        return (ObjectNode) root.withArray("items").get(index);
    }

    private static ObjectNode rule(ObjectNode root, String id) {
        for (var node : root.withArray("rules")) {
            if (node.path("id").asText().equals(id)) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    @DisplayName("an item cites a source that is not defined")
    void unknownSource() {
        assertThatThrownBy(() -> read(root -> item(root, 0).withArray("sources").add("hearsay")))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining(FILE).hasMessageContaining("item flu-like").hasMessageContaining("'hearsay'");
    }

    @Test
    @DisplayName("an item cites no source at all")
    void noSource() {
        assertThatThrownBy(() -> read(root -> item(root, 0).putArray("sources")))
                .hasMessageContaining("item flu-like").hasMessageContaining("cites no sources");
    }

    @Test
    @DisplayName("two items share an id")
    void duplicateItem() {
        assertThatThrownBy(() -> read(root -> root.withArray("items").add(item(root, 1).deepCopy())))
                .hasMessageContaining(FILE).hasMessageContaining("item headache").hasMessageContaining("listed twice");
    }

    @ParameterizedTest(name = "wording \"{0}\"")
    @ValueSource(strings = {"", "   "})
    @DisplayName("an item's wording is empty")
    void emptyWording(String wording) {
        assertThatThrownBy(() -> read(root -> item(root, 0).put("wording", wording)))
                .hasMessageContaining("item flu-like").hasMessageContaining("needs wording");
    }

    @Test
    @DisplayName("an item names a drug group that is not a drug class")
    void unknownGroup() {
        assertThatThrownBy(() -> read(root -> item(root, 0).withArray("groups").add("wonder-drug")))
                .hasMessageContaining("item flu-like").hasMessageContaining("unknown DrugClass 'wonder-drug'");
    }

    @Test
    @DisplayName("a rule cites a source that is not defined")
    void ruleUnknownSource() {
        assertThatThrownBy(() -> read(root -> rule(root, "severe-symptoms").withArray("sources").add("hearsay")))
                .hasMessageContaining("rule severe-symptoms").hasMessageContaining("'hearsay'");
    }

    @Test
    @DisplayName("a rule claims a sourced threshold but cites only unverified sources")
    void sourcedThresholdNeedsFirmSource() {
        assertThatThrownBy(() -> read(root -> {
            ObjectNode intolerable = rule(root, "intolerable");
            intolerable.with("threshold").put("basis", "source");
            intolerable.putArray("sources").add("horowitz-return-to-stable-dose");
        })).hasMessageContaining("rule intolerable").hasMessageContaining("cites none that was seen");
    }

    @Test
    @DisplayName("a rule's action is not the one the evaluator takes")
    void wrongAction() {
        assertThatThrownBy(() -> read(root -> rule(root, "severe-symptoms").put("action", "continue")))
                .hasMessageContaining("rule severe-symptoms").hasMessageContaining("action must be hold");
    }

    @Test
    @DisplayName("a rule lacks its number")
    void missingParameter() {
        assertThatThrownBy(() -> read(root -> rule(root, "rising-symptoms").remove("consecutiveRises")))
                .hasMessageContaining("rule rising-symptoms").hasMessageContaining("consecutiveRises");
    }

    @Test
    @DisplayName("a rule is unknown to the evaluator")
    void unknownRule() {
        assertThatThrownBy(() -> read(root -> rule(root, "stable").put("id", "feeling-lucky")))
                .hasMessageContaining("rule feeling-lucky").hasMessageContaining("not a rule MedOpt implements");
    }

    @Test
    @DisplayName("the rules are listed out of their order of precedence")
    void precedenceOrder() {
        assertThatThrownBy(() -> read(root -> {
            ArrayNode rules = root.withArray("rules");
            rules.add(rules.remove(0));
        })).hasMessageContaining("(rules)").hasMessageContaining("order of precedence");
    }

    @Test
    @DisplayName("the stable, moderate and severe ratings leave a rating that no rule covers")
    void ratingGap() {
        assertThatThrownBy(() -> read(root -> rule(root, "moderate-symptoms").put("rating", 3)))
                .hasMessageContaining("(rules)").hasMessageContaining("stable < moderate");
    }

    @Test
    @DisplayName("a source has an unknown verification")
    void unknownVerification() {
        assertThatThrownBy(() -> read(root -> ((ObjectNode) root.with("sources").get("dilsaver-alessi-1988"))
                .put("verification", "probably")))
                .hasMessageContaining("source dilsaver-alessi-1988").hasMessageContaining("unknown Verification");
    }

    @Test
    @DisplayName("its version differs from the drug catalog's, naming both files and versions")
    void versionMismatch() throws IOException {
        WithdrawalChecklist other = read(root -> root.put("version", "2099.1.0"));
        assertThatThrownBy(() -> WithdrawalChecklist.of(FILE, other, CATALOG))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining(FILE).hasMessageContaining("2099.1.0")
                .hasMessageContaining(DrugCatalog.DEFAULT_RESOURCE).hasMessageContaining(CATALOG.version());
    }

    @Test
    @DisplayName("(but not when) an item names the group \"any\": every taper then asks it")
    void anyDrug() throws IOException {
        WithdrawalChecklist checklist = read(root -> item(root, 1).putArray("groups").add("any"));
        assertThat(checklist.itemsFor(Set.of(DrugClass.MOOD_STABILIZER))).extracting(ChecklistItem::id)
                .containsExactly("headache");
    }
}
