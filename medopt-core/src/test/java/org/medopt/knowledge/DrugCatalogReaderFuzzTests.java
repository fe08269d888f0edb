package org.medopt.knowledge;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;

/** Seeds: src/test/resources/org/medopt/knowledge/DrugCatalogReaderFuzzTestsInputs (docs/fuzzing.md). */
@DisplayName("Fuzzing the drug catalog reader")
class DrugCatalogReaderFuzzTests {

    @FuzzTest
    @DisplayName("any catalog file either loads or is refused as invalid knowledge (or, not being JSON text, as unreadable)")
    void loadsOrRefuses(byte[] file) {
        try {
            new DrugCatalogReader("fuzzed.json").read(new ByteArrayInputStream(file));
        } catch (InvalidKnowledgeException | IOException refused) {
            // DrugCatalog.load reports an unreadable file (not JSON, or not text) as InvalidKnowledgeException too.
        }
    }
}
