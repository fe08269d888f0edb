package org.medopt.app.registry;

import org.medopt.measurement.Instruments;
import org.medopt.registry.RegistryRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the cited registry rules once at start-up, checked against the instruments they read. */
@Configuration
class RegistryConfig {

    @Bean
    RegistryRules registryRules(Instruments instruments) {
        return RegistryRules.load(instruments);
    }
}
