package org.medopt.app.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.KnowledgeBase;
import org.medopt.knowledge.KnowledgeSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

@MedOptIntegrationTest
@DisplayName("The knowledge base's transparency pages")
class KnowledgePagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeBase knowledge;

    @Test
    @DisplayName("list every drug, rule and source with the knowledge-base version, without signing in")
    void overviewListsEverything() throws Exception {
        String page = mvc.perform(get("/knowledge")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Knowledge base version <strong>" + knowledge.version() + "</strong>");
        for (Drug drug : knowledge.catalog().drugs()) {
            assertThat(page).contains("/knowledge/drugs/" + drug.rxcui() + "\">" + HtmlUtils.htmlEscape(drug.name()) + "<");
        }
        knowledge.rules().forEach(rule -> assertThat(page).contains("id=\"rule-" + rule.id() + "\""));
        for (KnowledgeSource source : knowledge.sources()) {
            assertThat(page).contains("id=\"source-" + source.id() + "\"");
        }
    }

    @Test
    @DisplayName("show each fact about a drug with its source and how well that source was checked")
    void drugPageShowsSources() throws Exception {
        Drug sertraline = knowledge.catalog().byName("sertraline").orElseThrow();

        String page = mvc.perform(get("/knowledge/drugs/" + sertraline.rxcui())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        KnowledgeSource rxnorm = sertraline.citationFor("rxcui");
        assertThat(page).contains("RxNorm ingredient code", sertraline.rxcui(), "#source-" + rxnorm.id(),
                rxnorm.verification().code());
    }

    @Test
    @DisplayName("answer a drug code the knowledge base does not hold with not found")
    void unknownDrug() throws Exception {
        mvc.perform(get("/knowledge/drugs/999999999")).andExpect(status().isNotFound());
    }
}
