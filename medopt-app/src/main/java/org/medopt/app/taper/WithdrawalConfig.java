package org.medopt.app.taper;

import org.medopt.knowledge.DrugCatalog;
import org.medopt.taper.TaperAdaptation;
import org.medopt.taper.WithdrawalChecklist;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the withdrawal checklist with the knowledge base it must match; an invalid file stops start-up. */
@Configuration
class WithdrawalConfig {

    @Bean
    WithdrawalChecklist withdrawalChecklist(DrugCatalog drugCatalog) {
        return WithdrawalChecklist.load(drugCatalog);
    }

    @Bean
    TaperAdaptation taperAdaptation(WithdrawalChecklist withdrawalChecklist) {
        return new TaperAdaptation(withdrawalChecklist);
    }
}
