package org.medopt.measurement;

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

@DisplayName("Reading the instruments file refuses it whole, naming file and entry, when")
class InstrumentsReaderTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = Instruments.DEFAULT_RESOURCE;

    private static Instruments read(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root;
        try (InputStream in = Instruments.class.getClassLoader().getResourceAsStream(FILE)) {
            root = (ObjectNode) JSON.readTree(in);
        }
        change.accept(root);
        return new InstrumentsReader(FILE).read(new ByteArrayInputStream(JSON.writeValueAsBytes(root)));
    }

    private static ObjectNode instrument(ObjectNode root, String id) {
        for (var node : root.withArray("instruments")) {
            if (node.path("id").asText().equals(id)) {
                return (ObjectNode) node;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static ObjectNode phq9Band(ObjectNode root, int index) {
        return (ObjectNode) instrument(root, "phq-9").withArray("bands").get(index);
    }

    @Test
    @DisplayName("a band cites a source that is not defined")
    void unknownSource() {
        assertThatThrownBy(() -> read(root -> phq9Band(root, 1).withArray("sources").add("hearsay")))
                .isInstanceOf(InvalidKnowledgeException.class).hasMessageContaining(FILE)
                .hasMessageContaining("instrument phq-9 band mild").hasMessageContaining("'hearsay'");
    }

    @Test
    @DisplayName("the bands leave a gap (mild ends at 8, moderate starts at 10)")
    void bandGap() {
        assertThatThrownBy(() -> read(root -> phq9Band(root, 1).put("highest", 8)))
                .hasMessageContaining("band moderate").hasMessageContaining("gap: totals 9-9 fall in no band");
    }

    @Test
    @DisplayName("two bands overlap (mild runs to 10, moderate starts at 10)")
    void bandOverlap() {
        assertThatThrownBy(() -> read(root -> phq9Band(root, 1).put("highest", 10)))
                .hasMessageContaining("band moderate").hasMessageContaining("overlaps the band before it");
    }

    @Test
    @DisplayName("the bands stop short of the highest possible total")
    void bandsShort() {
        assertThatThrownBy(() -> read(root -> phq9Band(root, 4).put("highest", 26)))
                .hasMessageContaining("band severe").hasMessageContaining("must end at the highest total 27");
    }

    @Test
    @DisplayName("an item's answers run backwards")
    void badItemRange() {
        assertThatThrownBy(() -> read(root -> ((ObjectNode) instrument(root, "gad-7").withArray("items").get(0))
                .put("lowest", 3).put("highest", 0)))
                .hasMessageContaining("item gad7-1").hasMessageContaining("were 3-0");
    }

    @Test
    @DisplayName("two items share an id, even across instruments")
    void duplicateItem() {
        assertThatThrownBy(() -> read(root -> ((ObjectNode) instrument(root, "gad-7").withArray("items").get(0))
                .put("id", "phq9-1")))
                .hasMessageContaining("item phq9-1").hasMessageContaining("listed twice");
    }

    @Test
    @DisplayName("two instruments share an id")
    void duplicateInstrument() {
        assertThatThrownBy(() -> read(root -> instrument(root, "gad-7").put("id", "phq-9")))
                .hasMessageContaining("instrument phq-9").hasMessageContaining("listed twice");
    }

    @Test
    @DisplayName("a safety rule names an item the instrument does not have")
    void safetyUnknownItem() {
        assertThatThrownBy(() -> read(root -> ((ObjectNode) instrument(root, "phq-9").withArray("safety").get(0))
                .putArray("items").add("phq9-99")))
                .hasMessageContaining("safety rule phq9-item9").hasMessageContaining("'phq9-99'");
    }

    @Test
    @DisplayName("a cut-off lies outside the possible totals")
    void cutOffOutside() {
        assertThatThrownBy(() -> read(root -> ((ObjectNode) instrument(root, "who-5").withArray("cutOffs").get(0))
                .put("below", 26)))
                .hasMessageContaining("cut-off who5-poor-wellbeing").hasMessageContaining("0-25");
    }

    @Test
    @DisplayName("a free licence rests only on a source nobody checked")
    void licenceUnseen() {
        assertThatThrownBy(() -> read(root -> ((ObjectNode) instrument(root, "who-5").path("licence"))
                .putArray("sources").add("topp-2015-who5")))
                .hasMessageContaining("instrument who-5 licence").hasMessageContaining("must rest on a source that was seen");
    }

    @Test
    @DisplayName("an unscored instrument is given bands")
    void unscoredWithBands() {
        assertThatThrownBy(() -> read(root -> instrument(root, "phq-9").put("scored", false)))
                .hasMessageContaining("instrument phq-9").hasMessageContaining("is not scored");
    }

    @Test
    @DisplayName("a question's skip logic depends on a later question")
    void askedIfLater() {
        assertThatThrownBy(() -> read(root -> ((ObjectNode) instrument(root, "c-ssrs-screener").withArray("items").get(2)
                .path("askedIf")).put("item", "cssrs-6")))
                .hasMessageContaining("item cssrs-3").hasMessageContaining("not an earlier item");
    }

    @Test
    @DisplayName("the response rule rests on MedOpt's own choice instead of a seen source")
    void changeUnsourced() {
        assertThatThrownBy(() -> read(root -> ((ObjectNode) instrument(root, "phq-9").path("change"))
                .putArray("responseSources").add("medopt-own")))
                .hasMessageContaining("instrument phq-9 change").hasMessageContaining("sources that were seen");
    }

    @Test
    @DisplayName("a safety rule rests only on MedOpt's own choice, with no seen source for what its question asks")
    void safetyOnlyOwn() {
        assertThatThrownBy(() -> read(root -> ((ObjectNode) instrument(root, "phq-9").withArray("safety").get(0))
                .putArray("sources").add("medopt-own")))
                .hasMessageContaining("safety rule phq9-item9").hasMessageContaining("no source that was seen");
    }

    @Test
    @DisplayName("a safety rule's threshold lies outside its question's answers")
    void safetyThresholdOutside() {
        assertThatThrownBy(() -> read(root -> ((ObjectNode) instrument(root, "phq-9").withArray("safety").get(0))
                .put("atLeast", 4)))
                .hasMessageContaining("safety rule phq9-item9").hasMessageContaining("atLeast 4");
    }

    @Test
    @DisplayName("an instrument's licence status is not one MedOpt knows")
    void unknownLicenceStatus() {
        assertThatThrownBy(() -> read(root -> ((ObjectNode) instrument(root, "gad-7").path("licence")).put("status", "maybe")))
                .hasMessageContaining("instrument gad-7").hasMessageContaining("unknown LicenceStatus 'maybe'");
    }
}
