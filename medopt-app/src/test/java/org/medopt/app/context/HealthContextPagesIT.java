package org.medopt.app.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.knowledge.KnowledgeBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

@MedOptIntegrationTest
@DisplayName("Health context pages for staff")
class HealthContextPagesIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired KnowledgeBase knowledge;
    @Autowired JdbcClient jdbc;

    long person;

    /** Each test works on a person of its own, registered by the demo prescriber. */
    @BeforeEach
    void registerPerson() throws Exception {
        String family = "Pages-" + UUID.randomUUID();
        mvc.perform(post("/persons/new").with(signedIn.as("prescriber")).with(csrf())
                .param("legalGivenName", "Context").param("legalFamilyName", family).param("birthDate", "1990-02-03")
                .param("preferredLanguage", "English").param("submissionToken", UUID.randomUUID().toString()));
        person = jdbc.sql("select id from person where legal_family_name = ?").param(family).query(Long.class).single();
    }

    @Test
    @DisplayName("the person's record links to the health context, which says when nothing is recorded yet")
    void emptyContext() throws Exception {
        mvc.perform(get("/persons/" + person).with(signedIn.as("prescriber")))
                .andExpect(content().string(containsString("/persons/" + person + "/context")));
        mvc.perform(get("/persons/" + person + "/context").with(signedIn.as("prescriber")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Not recorded yet"),
                        containsString("No active conditions recorded."), containsString("No results recorded."))));
    }

    @Test
    @DisplayName("the result form suggests every test the review's monitoring protocols read, by LOINC code and name")
    void suggestsMonitoredTests() throws Exception {
        String form = mvc.perform(get("/persons/" + person + "/observations/new").with(signedIn.as("prescriber")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(knowledge.monitoredTests()).isNotEmpty().allSatisfy(test -> assertThat(form)
                .contains("value=\"" + test.loinc() + "\"", HtmlUtils.htmlEscape(test.display())));
    }

    @Test
    @DisplayName("a condition with a malformed ICD-10-CM code is refused at the code field, keeping what was typed")
    void badConditionCode() throws Exception {
        mvc.perform(condition("G40909", "Epilepsy"))
                .andExpect(status().isOk()).andExpect(view().name("context/condition-form"))
                .andExpect(content().string(allOf(containsString("an ICD-10-CM code is a letter"),
                        containsString("value=\"G40909\""), containsString("value=\"Epilepsy\""))));
        assertThat(jdbc.sql("select count(*) from health_condition where person_id = ?").param(person)
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("a condition is added, listed as active, and once resolved with a reason is listed as resolved")
    void addAndResolveCondition() throws Exception {
        mvc.perform(condition("g40.909", "Epilepsy, unspecified"))
                .andExpect(redirectedUrl("/persons/" + person + "/context#conditions"));
        long id = jdbc.sql("select id from health_condition where person_id = ?").param(person).query(Long.class).single();
        mvc.perform(get("/persons/" + person + "/context").with(signedIn.as("prescriber")))
                .andExpect(content().string(allOf(containsString("Epilepsy, unspecified"), containsString("ICD-10-CM G40.909"))));

        mvc.perform(post("/persons/" + person + "/conditions/" + id + "/close").with(signedIn.as("prescriber")).with(csrf())
                        .param("outcome", "resolved"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("say why")));
        mvc.perform(post("/persons/" + person + "/conditions/" + id + "/close").with(signedIn.as("prescriber")).with(csrf())
                        .param("outcome", "resolved").param("reason", "Seizure-free for ten years off treatment"))
                .andExpect(redirectedUrl("/persons/" + person + "/context#conditions"));
        mvc.perform(get("/persons/" + person + "/context").with(signedIn.as("prescriber")))
                .andExpect(content().string(allOf(containsString("0 active"),
                        containsString("Seizure-free for ten years off treatment"))));
    }

    @Test
    @DisplayName("a result with a wrong LOINC check digit, a future date and a unit without a value is refused at each field")
    void badObservation() throws Exception {
        mvc.perform(post("/persons/" + person + "/observations/new").with(signedIn.as("prescriber")).with(csrf())
                        .param("code", "14334-8").param("display", "Lithium").param("unit", "mmol/L")
                        .param("effectiveDate", "2026-01-05").param("submissionToken", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("this LOINC code has a wrong check digit"),
                        containsString("enter the value the unit belongs to"), containsString("value=\"14334-8\""))));
        mvc.perform(post("/persons/" + person + "/observations/new").with(signedIn.as("prescriber")).with(csrf())
                        .param("code", "14334-7").param("display", "Lithium").param("value", "0.7").param("unit", "mmol/L")
                        .param("effectiveDate", "2999-01-01").param("submissionToken", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the date cannot be in the future")));
    }

    @Test
    @DisplayName("a result is recorded, offered again as a known test, and marked entered in error stays listed, marked")
    void recordAndRetractObservation() throws Exception {
        mvc.perform(post("/persons/" + person + "/observations/new").with(signedIn.as("prescriber")).with(csrf())
                        .param("code", "14334-7").param("display", "Lithium [Moles/volume] in Serum or Plasma")
                        .param("value", "0.70").param("unit", "mmol/L").param("effectiveDate", "2026-01-05")
                        .param("submissionToken", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/persons/" + person + "/context#observations"));
        long id = jdbc.sql("select id from health_observation where person_id = ?").param(person).query(Long.class).single();
        mvc.perform(get("/persons/" + person + "/observations/new").with(signedIn.as("prescriber")))
                .andExpect(content().string(containsString("value=\"14334-7\"")));

        mvc.perform(post("/persons/" + person + "/observations/" + id + "/close").with(signedIn.as("prescriber")).with(csrf())
                        .param("reason", "Sample taken two hours after the dose"))
                .andExpect(redirectedUrl("/persons/" + person + "/context#observations"));
        mvc.perform(get("/persons/" + person + "/context").with(signedIn.as("prescriber")))
                .andExpect(content().string(allOf(containsString("0.7 mmol/L"), containsString("Entered in error"),
                        containsString("Sample taken two hours after the dose"))));
    }

    @Test
    @DisplayName("sex and pregnancy are recorded; a change needs a reason and is kept beside the earlier status")
    void statusWithHistory() throws Exception {
        mvc.perform(statusForm("female", "not-pregnant", "0", null))
                .andExpect(redirectedUrl("/persons/" + person + "/context"));
        mvc.perform(statusForm("female", "pregnant", "1", null))
                .andExpect(status().isOk()).andExpect(content().string(containsString("say why the status changes")));
        mvc.perform(statusForm("female", "pregnant", "1", "Pregnancy test positive at clinic"))
                .andExpect(redirectedUrl("/persons/" + person + "/context"));
        mvc.perform(get("/persons/" + person + "/context/status").with(signedIn.as("prescriber")))
                .andExpect(content().string(allOf(containsString("Pregnancy test positive at clinic"),
                        containsString("Female, not pregnant"))));
    }

    @Test
    @DisplayName("a peer support specialist on the team sees the context without the buttons to record in it")
    void peerSeesNoButtons() throws Exception {
        long dan = jdbc.sql("select id from person where legal_family_name = 'Larchmont'").query(Long.class).single();
        mvc.perform(get("/persons/" + dan + "/context").with(signedIn.as("peer")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Add a condition"))));
    }

    private RequestBuilder condition(String code, String display) {
        return post("/persons/" + person + "/conditions/new").with(signedIn.as("prescriber")).with(csrf())
                .param("system", "icd-10-cm").param("code", code).param("display", display)
                .param("submissionToken", UUID.randomUUID().toString());
    }

    private RequestBuilder statusForm(String sex, String pregnancy, String version,
            String reason) {
        MockHttpServletRequestBuilder request = post("/persons/" + person + "/context/status").with(signedIn.as("prescriber")).with(csrf())
                .param("sex", sex).param("pregnancy", pregnancy).param("version", version);
        return reason == null ? request : request.param("changeReason", reason);
    }
}
