package org.medopt.knowledge;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medopt.medication.MedicationKind;

@DisplayName("Reading the review rules file refuses it whole, naming file and rule, when")
class ReviewRulesReaderTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = ReviewRules.DEFAULT_RESOURCE;
    private static final DrugCatalog CATALOG = DrugCatalog.load();

    private static ObjectNode shipped() throws IOException {
        try (InputStream in = ReviewRules.class.getClassLoader().getResourceAsStream(FILE)) {
            return (ObjectNode) JSON.readTree(in);
        }
    }

    private static ReviewRules read(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = shipped();
        change.accept(root);
        return new ReviewRulesReader(FILE, CATALOG).read(new ByteArrayInputStream(JSON.writeValueAsBytes(root)));
    }

    private static ObjectNode firstRule(ObjectNode root) {
        return (ObjectNode) root.withArray("rules").get(0);
    }

    @DisplayName("a rule has an unknown code")
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"category, drug-problem, unknown FindingCategory 'drug-problem'",
        "severity, urgent, unknown Severity 'urgent'"})
    void unknownCode(String field, String value, String message) {
        assertThatThrownBy(() -> read(root -> firstRule(root).put(field, value)))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining(FILE).hasMessageContaining("rule serotonin-toxicity-maoi").hasMessageContaining(message);
    }

    @Test
    @DisplayName("a selector names an unknown mechanism or class")
    void unknownMechanismOrClass() {
        assertThatThrownBy(() -> read(root -> ((ObjectNode) firstRule(root).with("match").with("first"))
                .putArray("mechanisms").add("telepathy")))
                .hasMessageContaining("rule serotonin-toxicity-maoi").hasMessageContaining("unknown Mechanism 'telepathy'");
        assertThatThrownBy(() -> read(root -> ((ObjectNode) firstRule(root).with("match").with("first"))
                .putArray("classes").add("wonder-drug")))
                .hasMessageContaining("unknown DrugClass 'wonder-drug'");
    }

    @Test
    @DisplayName("a rule cites a source that is not defined")
    void unknownSource() {
        assertThatThrownBy(() -> read(root -> firstRule(root).withArray("sources").add("hearsay")))
                .hasMessageContaining("rule serotonin-toxicity-maoi").hasMessageContaining("'hearsay'");
    }

    @Test
    @DisplayName("two rules share an id")
    void duplicateId() {
        assertThatThrownBy(() -> read(root -> root.withArray("rules").add(firstRule(root).deepCopy())))
                .hasMessageContaining("rule serotonin-toxicity-maoi").hasMessageContaining("listed twice");
    }

    @DisplayName("a rule lacks a field")
    @ParameterizedTest(name = "{0}")
    @CsvSource({"title", "description", "rationale", "considerations", "sources", "match"})
    void missingField(String field) {
        assertThatThrownBy(() -> read(root -> firstRule(root).remove(field)))
                .isInstanceOf(InvalidKnowledgeException.class).hasMessageContaining("rule serotonin-toxicity-maoi");
    }

    @Test
    @DisplayName("a rule refers to an undefined condition set")
    void unknownConditionSet() {
        assertThatThrownBy(() -> read(root -> firstRule(root).with("person").putArray("conditionSets").add("gout")))
                .hasMessageContaining("condition set 'gout'");
    }

    @Test
    @DisplayName("a monitoring test has a code that is not LOINC")
    void badLoinc() {
        assertThatThrownBy(() -> read(root -> ((ArrayNode) root.withArray("monitoringProtocols").get(0).withArray("tests")
                .get(0).withArray("loinc")).set(0, "glucose")))
                .hasMessageContaining("protocol antipsychotic-metabolic").hasMessageContaining("LOINC");
    }

    @Test
    @DisplayName("its version differs from the catalog's, naming both")
    void versionMismatch() throws IOException {
        ReviewRules rules = read(root -> root.put("version", "2099.1.0"));
        assertThatThrownBy(() -> KnowledgeBase.of(CATALOG, rules))
                .hasMessageContaining("2099.1.0").hasMessageContaining(CATALOG.version());
    }

    @Test
    @DisplayName("a drug refers to a monitoring protocol the rules do not define")
    void unknownProtocol() {
        KnowledgeSource label = new KnowledgeSource("label", "A label", null, Verification.VERIFIED, null);
        DrugFacts facts = new DrugFacts(List.of(), List.of(), null, List.of(), null, null,
                List.of(new Cited<>("phlebotomy-weekly", label, null)), null, null);
        Drug drug = new Drug("1", "testamine", MedicationKind.PRESCRIPTION, true, List.of("N06AX99"), Set.of(),
                List.of(), Map.of("rxcui", label, "atc", label, "classes", label, "products", label), facts);
        DrugCatalog catalog = DrugCatalog.of(CATALOG.version(), List.of(drug));
        ReviewRules rules = ReviewRules.load(FILE, catalog);
        assertThatThrownBy(() -> KnowledgeBase.of(catalog, rules))
                .hasMessageContaining("testamine").hasMessageContaining("'phlebotomy-weekly'");
    }
}
