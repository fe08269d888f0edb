package org.medopt.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.knowledge.InvalidKnowledgeException;
import org.medopt.measurement.Instruments;

@DisplayName("Reading the registry rules file")
class RegistryRulesReaderTests {

    private static final Instruments INSTRUMENTS = Instruments.load();

    private static String shipped() throws IOException {
        try (InputStream in = RegistryRules.class.getClassLoader().getResourceAsStream(RegistryRules.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static RegistryRules read(String json) throws IOException {
        return new RegistryRulesReader("changed.json", INSTRUMENTS)
                .read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("the shipped file loads with its version, rule and guidance")
    void shippedLoads() {
        RegistryRules rules = RegistryRules.load(INSTRUMENTS);
        assertThat(rules.version()).isEqualTo("2026.1.0");
        assertThat(rules.notImproving().id()).isEqualTo("cocm-not-improving-by-week-8");
        assertThat(rules.nextContact().sources()).extracting(s -> s.verification().code()).containsOnly("secondary", "verified");
    }

    @Test
    @DisplayName("refuses a rule whose week rests on an unverified source, naming the rule")
    void unverifiedWeek() throws IOException {
        String changed = shipped().replace("\"weekSources\": [\"sowa-2018-case-review\", \"unpacking-cocm-2015\"]",
                "\"weekSources\": [\"unutzer-2002-impact\"]");
        assertThatThrownBy(() -> read(changed)).isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining("rule cocm-not-improving-by-week-8")
                .hasMessageContaining("weekSources cites an unverified source");
    }

    @Test
    @DisplayName("refuses an improvement percentage other than the PHQ-9's cited response, which judges it")
    void percentageMustBeTheResponse() throws IOException {
        String changed = shipped().replace("\"improvedDropPercent\": 50", "\"improvedDropPercent\": 40");
        assertThatThrownBy(() -> read(changed)).isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining("improvedDropPercent 40 must be phq-9's cited response percentage, which is 50");
    }

    @Test
    @DisplayName("refuses an instrument the instruments file does not have")
    void unknownInstrument() throws IOException {
        String changed = shipped().replace("\"instrument\": \"gad-7\"", "\"instrument\": \"gad-8\"");
        assertThatThrownBy(() -> read(changed)).isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining("names instrument 'gad-8'");
    }

    @Test
    @DisplayName("refuses a week that is not a whole number")
    void weekNotWhole() throws IOException {
        String changed = shipped().replace("\"fromWeek\": 8", "\"fromWeek\": \"eight\"");
        assertThatThrownBy(() -> read(changed)).isInstanceOf(InvalidKnowledgeException.class)
                .hasMessageContaining("needs fromWeek as a whole number");
    }
}
