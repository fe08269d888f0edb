package org.medopt.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medopt.person.AgeGroup;

@DisplayName("Reading a drug catalog file")
class DrugCatalogReaderTests {

    private static final String FILE = "catalogs/valid.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("a valid file gives its drugs with products and the source of each fact")
    void readsValidFile() {
        DrugCatalog catalog = DrugCatalog.load(FILE);

        Drug sertraline = catalog.byRxcui("36437").orElseThrow();
        assertThat(catalog.version()).isEqualTo("test-1");
        assertThat(sertraline.classes()).containsExactlyInAnyOrder(DrugClass.ANTIDEPRESSANT, DrugClass.SSRI);
        assertThat(sertraline.products()).extracting(DrugProduct::label)
                .containsExactly("25 mg tablet (scored)", "20 mg/mL oral concentrate");
        assertThat(sertraline.citationFor("products").verification()).isEqualTo(Verification.VERIFIED);
        assertThat(sertraline.citationFor("rxcui").verification()).isEqualTo(Verification.SECONDARY);
    }

    @Test
    @DisplayName("each review fact comes with its own source, and only facts from a checked source are firm")
    void readsReviewFacts() {
        DrugFacts facts = DrugCatalog.load(FILE).byName("sertraline").orElseThrow().facts();

        assertThat(facts.mechanism(Mechanism.SEROTONERGIC)).map(m -> m.source().id()).contains("label");
        assertThat(facts.mechanism(Mechanism.SEROTONERGIC)).map(Cited::note).contains("Warnings: serotonin syndrome");
        assertThat(facts.mechanisms()).hasSize(2);
        assertThat(facts.mechanism(Mechanism.BLEEDING_RISK)).as("cited only to an unverified source").isEmpty();
        assertThat(facts.enzymes()).extracting(Cited::value)
                .containsExactly(new EnzymeEffect(Enzyme.CYP2D6, EnzymeRole.INHIBITOR, EffectStrength.WEAK));
        assertThat(facts.anticholinergic()).map(Cited::value).contains(1);
        assertThat(facts.maximumDailyDoses()).extracting(Cited::value)
                .containsExactly(new DoseLimit(AgeGroup.ADULT, new BigDecimal("200"), StrengthUnit.MG));
        assertThat(facts.halfLifeFact()).map(Cited::value).contains(new HalfLife(new BigDecimal("26"), new BigDecimal("26")));
        assertThat(facts.withdrawal()).as("cited only to an unverified source").isEmpty();
        assertThat(facts.monitoring()).extracting(Cited::value).containsExactly("sodium-check");
    }

    @Test
    @DisplayName("a dose–occupancy curve and a diazepam equivalence come with their sources")
    void readsTaperFacts() {
        DrugCatalog catalog = DrugCatalog.load(FILE);
        DrugFacts sertraline = catalog.byName("sertraline").orElseThrow().facts();
        DrugFacts lorazepam = catalog.byName("lorazepam").orElseThrow().facts();

        assertThat(sertraline.occupancy()).map(Cited::value).contains(new OccupancyModel(
                OccupancyTarget.SEROTONIN_TRANSPORTER, new BigDecimal("92.01"), new BigDecimal("7.72")));
        assertThat(sertraline.occupancy()).map(c -> c.source().id()).contains("occupancy-fit");
        assertThat(sertraline.diazepamEquivalence()).isEmpty();
        assertThat(lorazepam.diazepamEquivalence()).map(Cited::value).contains(BigDecimal.ONE);
        assertThat(catalog.byName("sertraline").orElseThrow().citationFor("scored").id()).isEqualTo("label");
    }

    @Test
    @DisplayName("a drug without review facts has none, rather than assumed ones")
    void drugWithoutReviewFacts() {
        assertThat(DrugCatalog.load(FILE).byName("melatonin").orElseThrow().facts()).isEqualTo(DrugFacts.NONE);
    }

    @Test
    @DisplayName("finds drugs by name ignoring case, and by part of the name with prefix matches first")
    void findsByName() {
        DrugCatalog catalog = DrugCatalog.load(FILE);
        assertThat(catalog.byName(" Sertraline ")).map(Drug::rxcui).contains("36437");
        assertThat(catalog.search("ton", 5)).extracting(Drug::name).containsExactly("melatonin");
        assertThat(catalog.search("ser", 5)).extracting(Drug::name).containsExactly("sertraline");
        assertThat(catalog.search("  ", 5)).isEmpty();
    }

    @Nested
    @DisplayName("refuses the whole file, naming file and entry, when an entry")
    class RefusesBadEntries {

        @Test
        @DisplayName("has an rxcui that is not an RxNorm code")
        void badRxcui() {
            assertRefused(d -> d.put("rxcui", "RX36437"), "sertraline", "rxcui must be an RxNorm ingredient code");
        }

        @Test
        @DisplayName("repeats another entry's rxcui")
        void duplicateRxcui() {
            assertRefused(d -> d.put("name", "sertraline copy"), "sertraline copy", "rxcui 36437 is listed twice", true);
        }

        @Test
        @DisplayName("has an ATC code that is not level 5")
        void badAtc() {
            assertRefused(d -> d.putArray("atc").add("N06AB"), "sertraline", "ATC code N06AB is not level 5");
        }

        @Test
        @DisplayName("names a class outside the vocabulary")
        void unknownClass() {
            assertRefused(d -> ((ArrayNode) d.get("classes")).add("happy-pill"), "sertraline",
                    "unknown DrugClass 'happy-pill'");
        }

        @Test
        @DisplayName("has a product of zero strength")
        void zeroStrength() {
            assertRefused(d -> ((ObjectNode) d.get("products").get(0)).put("strength", BigDecimal.ZERO), "sertraline",
                    "product strength must be positive");
        }

        @Test
        @DisplayName("leaves a fact without a source")
        void factWithoutSource() {
            assertRefused(d -> ((ObjectNode) d.get("cite")).remove("products"), "sertraline",
                    "fact 'products' has no source in cite");
        }

        @Test
        @DisplayName("cites a source the file does not define")
        void undefinedSource() {
            assertRefused(d -> ((ObjectNode) d.get("cite")).put("atc", "my-memory"), "sertraline",
                    "cites source 'my-memory', which is not defined in sources");
        }

        @Test
        @DisplayName("gives a mechanism outside the vocabulary")
        void unknownMechanism() {
            assertRefused(d -> ((ObjectNode) d.get("mechanisms").get(0)).put("mechanism", "calming"), "sertraline",
                    "unknown mechanism 'calming'");
        }

        @Test
        @DisplayName("gives a review fact whose source is not defined")
        void reviewFactWithUndefinedSource() {
            assertRefused(d -> ((ObjectNode) d.get("halfLife")).put("source", "my-memory"), "sertraline",
                    "a review fact cites source 'my-memory'");
        }

        @Test
        @DisplayName("gives an anticholinergic score above the scale's 3")
        void scoreOutOfScale() {
            assertRefused(d -> ((ObjectNode) d.get("anticholinergicScore")).put("score", 4), "sertraline",
                    "anticholinergic score must be 0 to 3");
        }

        @Test
        @DisplayName("gives two maximum daily doses for the same age group")
        void twoLimitsForOneGroup() {
            assertRefused(d -> ((ArrayNode) d.get("maximumDailyDose")).add(d.get("maximumDailyDose").get(0).deepCopy()),
                    "sertraline", "two maximum daily doses for age group adult");
        }

        @Test
        @DisplayName("gives a maximum daily dose in a unit that is not mg or mcg")
        void limitInWrongUnit() {
            assertRefused(d -> ((ObjectNode) d.get("maximumDailyDose").get(0)).put("unit", "mg/mL"), "sertraline",
                    "maximum daily dose must be in mg or mcg");
        }

        @Test
        @DisplayName("gives a half-life range whose low end is above its high end")
        void invertedHalfLife() {
            assertRefused(d -> ((ObjectNode) d.get("halfLife")).put("lowHours", 30), "sertraline",
                    "half-life needs 0 < lowHours <= highHours");
        }

        @Test
        @DisplayName("gives an occupancy curve for a target outside the vocabulary")
        void unknownOccupancyTarget() {
            assertRefused(d -> occupancy(d).put("target", "histamine-h1"), "sertraline",
                    "unknown occupancy target 'histamine-h1'");
        }

        @Test
        @DisplayName("gives an occupancy Emax above 110%")
        void emaxTooHigh() {
            assertRefused(d -> occupancy(d).put("emaxPercent", 120), "sertraline",
                    "occupancy emaxPercent must be more than 0 and at most 110, was 120");
        }

        @Test
        @DisplayName("gives an occupancy Emax of zero")
        void emaxZero() {
            assertRefused(d -> occupancy(d).put("emaxPercent", 0), "sertraline",
                    "occupancy emaxPercent must be more than 0");
        }

        @Test
        @DisplayName("gives an occupancy ED50 that is not positive")
        void ed50NotPositive() {
            assertRefused(d -> occupancy(d).put("ed50Milligrams", -1), "sertraline",
                    "occupancy ed50Milligrams must be positive, was -1");
        }

        @Test
        @DisplayName("gives an occupancy curve whose source is not defined")
        void occupancyWithUndefinedSource() {
            assertRefused(d -> occupancy(d).put("source", "my-memory"), "sertraline",
                    "a review fact cites source 'my-memory'");
        }

        @Test
        @DisplayName("gives a diazepam equivalent of zero mg")
        void diazepamEquivalentZero() {
            assertRefused(d -> diazepamEquivalent(d, 0), "sertraline", "diazepam equivalent milligrams must be positive");
        }

        @Test
        @DisplayName("gives a diazepam equivalent for a drug that is neither a benzodiazepine nor a z-drug")
        void diazepamEquivalentForAntidepressant() {
            assertRefused(d -> diazepamEquivalent(d, 10), "sertraline",
                    "a diazepam equivalent is only for a benzodiazepine or z-drug");
        }

        @Test
        @DisplayName("marks a product scored without citing a source for the score line")
        void scoredWithoutSource() {
            assertRefused(d -> ((ObjectNode) d.get("cite")).remove("scored"), "sertraline",
                    "fact 'scored' has no source in cite (a product is marked scored)");
        }

        @Test
        @DisplayName("cites a source for scoring while no product is marked scored")
        void scoredSourceWithoutScoredProduct() {
            assertRefused(d -> ((ObjectNode) d.get("products").get(0)).remove("scored"), "sertraline",
                    "cites unknown fact 'scored' (no product is marked scored)");
        }

        @Test
        @DisplayName("carries a key the format does not know")
        void unknownKey() {
            assertRefused(d -> d.put("maxDose", 200), "sertraline", "maxDose");
        }
    }

    private static ObjectNode occupancy(ObjectNode drug) {
        return (ObjectNode) drug.get("occupancy");
    }

    private static void diazepamEquivalent(ObjectNode drug, int milligrams) {
        drug.putObject("diazepamEquivalent").put("milligrams", milligrams).put("source", "label");
    }

    private static void assertRefused(Consumer<ObjectNode> breakEntry, String entry, String problem) {
        assertRefused(breakEntry, entry, problem, false);
    }

    private static void assertRefused(Consumer<ObjectNode> breakEntry, String entry, String problem, boolean asCopy) {
        ObjectNode root = readFixture();
        ArrayNode drugs = (ArrayNode) root.get("drugs");
        ObjectNode target = asCopy ? drugs.get(0).deepCopy() : (ObjectNode) drugs.get(0);
        breakEntry.accept(target);
        if (asCopy) {
            drugs.add(target);
        }
        InputStream in = new ByteArrayInputStream(root.toString().getBytes());
        assertThatThrownBy(() -> new DrugCatalogReader("broken.json").read(in))
                .isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageStartingWith("broken.json, entry " + entry + ":")
                .hasMessageContaining(problem);
    }

    private static ObjectNode readFixture() {
        try (InputStream in = DrugCatalogReaderTests.class.getClassLoader().getResourceAsStream(FILE)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
