package org.medopt.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medopt.app.demo.DemoDataSettings.Load;

@DisplayName("Demo data, with its published password,")
class DemoDataSettingsTests {

    @ParameterizedTest(name = "{0} into {1}: {2}")
    @CsvSource({
        "AUTO,   jdbc:h2:file:./data/medopt,                 true",
        "AUTO,   jdbc:postgresql://db.example.org/medopt,    false",
        "ALWAYS, jdbc:postgresql://127.0.0.1/medopt_test,    true",
        "NEVER,  jdbc:h2:file:./data/medopt,                 false"
    })
    @DisplayName("loads by default only into the embedded H2 database")
    void loadsOnlyWhereSafe(Load load, String url, boolean expected) {
        assertThat(new DemoDataSettings(load).allowsLoadingInto(url)).isEqualTo(expected);
    }
}
