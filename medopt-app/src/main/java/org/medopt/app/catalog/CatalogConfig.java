package org.medopt.app.catalog;

import org.medopt.knowledge.DrugCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the drug catalog once at start-up; an invalid entry stops start-up with its file and entry named. */
@Configuration
class CatalogConfig {

    @Bean
    DrugCatalog drugCatalog() {
        return DrugCatalog.load();
    }
}
