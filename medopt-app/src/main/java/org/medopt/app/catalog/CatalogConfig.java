package org.medopt.app.catalog;

import org.medopt.knowledge.DrugCatalog;
import org.medopt.knowledge.KnowledgeBase;
import org.medopt.review.MedicationReview;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the drug catalog and the knowledge base once at start-up; an invalid entry stops start-up with its file and
 * entry named.
 */
@Configuration
class CatalogConfig {

    @Bean
    DrugCatalog drugCatalog() {
        return DrugCatalog.load();
    }

    @Bean
    KnowledgeBase knowledgeBase() {
        return KnowledgeBase.load();
    }

    /** The review engine; a pure function of its input and the knowledge base, so one serves every channel. */
    @Bean
    MedicationReview medicationReview(KnowledgeBase knowledge) {
        return new MedicationReview(knowledge);
    }
}
