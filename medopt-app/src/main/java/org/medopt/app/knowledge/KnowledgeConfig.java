package org.medopt.app.knowledge;

import org.medopt.billing.BillingRules;
import org.medopt.knowledge.DrugCatalog;
import org.medopt.knowledge.KnowledgeBase;
import org.medopt.review.MedicationReview;
import org.medopt.taper.TaperPlanner;
import org.medopt.taper.TaperSequence;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the knowledge base once at start-up; an invalid entry stops start-up with its file and entry named. */
@Configuration
class KnowledgeConfig {

    @Bean
    KnowledgeBase knowledgeBase() {
        return KnowledgeBase.load();
    }

    @Bean
    DrugCatalog drugCatalog(KnowledgeBase knowledgeBase) {
        return knowledgeBase.catalog();
    }

    @Bean
    MedicationReview medicationReview(KnowledgeBase knowledgeBase) {
        return new MedicationReview(knowledgeBase);
    }

    /** The care-management billing rules over the shipped, cited billing file. */
    @Bean
    BillingRules billingRules() {
        return BillingRules.load();
    }

    @Bean
    TaperPlanner taperPlanner(DrugCatalog drugCatalog) {
        return new TaperPlanner(drugCatalog);
    }

    @Bean
    TaperSequence taperSequence(TaperPlanner taperPlanner) {
        return new TaperSequence(taperPlanner);
    }
}
