package org.medopt.app.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.app.account.AccountService;
import org.medopt.app.account.NewAccount;
import org.medopt.app.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * A person answers questionnaires in the portal and staff enter answers for them; each is scored by the published
 * instructions and kept with its score. Expected totals are worked by hand from the Pfizer PHQ-9 scoring box
 * (sum of items 1-9; 0-4 none-minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe) and the WHO-5
 * instructions (raw 0-25, times 4 for a percentage).
 */
@MedOptIntegrationTest
@DisplayName("Completing questionnaires")
class MeasurementPagesIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired MeasurementService measures;

    long person;
    String username;

    @BeforeEach
    void personWithPortalAccount() throws Exception {
        String family = "Measure" + UUID.randomUUID().toString().substring(0, 8);
        person = json.readTree(mvc.perform(post("/api/persons").with(signedIn.as("prescriber"))
                .contentType(MediaType.APPLICATION_JSON).content(json.createObjectNode().put("legalGivenName", "Ruth")
                        .put("legalFamilyName", family).put("birthDate", "1979-06-07").put("preferredLanguage", "English")
                        .toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        username = "measure-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.openAsSystem(new NewAccount(username, "measure-test-password", Role.PERSON, "Ruth " + family, person));
    }

    /** The PHQ-9 as the portal posts it: items 1-9 from {@code answers}, and the difficulty question. */
    private MockHttpServletRequestBuilder phq9(String path, String answers, String token) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).param("submissionToken", token);
        String[] given = answers.split(" ");
        for (int i = 0; i < given.length; i++) {
            request.param("answers[phq9-" + (i + 1) + "]", given[i]);
        }
        return request.param("answers[phq9-difficulty]", "1");
    }

    private ResultActions personAnswers(String answers) throws Exception {
        return mvc.perform(phq9("/portal/measures/phq-9", answers, UUID.randomUUID().toString()).with(signedIn.as(username)));
    }

    private String page(String path, String as) throws Exception {
        return mvc.perform(get(path).with(signedIn.as(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private int saved() {
        return jdbc.sql("select count(*) from questionnaire_response where person_id = ?").param(person)
                .query(Integer.class).single();
    }

    @Test
    @DisplayName("a PHQ-9 answered 1 1 2 2 1 1 1 2 0 in the portal scores 11 of 27, moderate; the team sees it, and both are audited")
    void personAnswersPhq9() throws Exception {
        String result = personAnswers("1 1 2 2 1 1 1 2 0").andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(result).startsWith("/portal/measures/responses/");
        assertThat(page(result, username)).contains("11 of 27: moderate").doesNotContain("988");

        String staff = page("/persons/" + person + "/measures", "prescriber");
        assertThat(staff).contains("Patient Health Questionnaire-9 (PHQ-9)", "11 of 27: moderate");
        assertThat(page("/portal/measures", username)).contains("11 of 27: moderate");
        assertThat(jdbc.sql("select username || ' ' || action || ' ' || resource from audit_event where person_id = ?")
                .param(person).query(String.class).list())
                .anyMatch(line -> line.matches(username + " create questionnaire-response/\\d+"))
                .contains("prescriber read questionnaire-responses");
    }

    @Test
    @DisplayName("unanswered questions are refused at each question, keeping the answers given, and nothing is saved")
    void missingAnswers() throws Exception {
        String page = mvc.perform(post("/portal/measures/phq-9").with(signedIn.as(username)).with(csrf())
                .param("submissionToken", UUID.randomUUID().toString())
                .param("answers[phq9-1]", "2").param("answers[phq9-2]", "3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page.split("choose an answer to this question", -1)).hasSize(1 + 7);
        assertThat(page).contains("name=\"answers[phq9-2]\" value=\"3\" checked");
        assertThat(saved()).isZero();
    }

    @Test
    @DisplayName("an answer outside the item's range, or not a number, is refused with a message at its question")
    void outOfRange() throws Exception {
        assertThat(personAnswers("1 1 1 1 1 1 1 1 4").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("phq9-9 is 4, outside 0-3");
        assertThat(personAnswers("1 1 1 x 1 1 1 1 0").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("choose one of the answers offered");
        assertThat(saved()).isZero();
    }

    @Test
    @DisplayName("any answer above 'not at all' to PHQ-9 question 9 shows the person the crisis resources at once, with 988")
    void itemNineShowsCrisisResources() throws Exception {
        String result = personAnswers("0 0 0 0 0 0 0 0 1").andReturn().getResponse().getRedirectedUrl();
        assertThat(page(result, username)).contains("1 of 27: none-minimal", "988 Suicide &amp; Crisis Lifeline",
                "href=\"tel:988\"", "Your care team has been told");
        assertThat(jdbc.sql("select safety_flags from questionnaire_response where person_id = ?").param(person)
                .query(String.class).single()).isEqualTo("phq9-item9");
    }

    @Test
    @DisplayName("a follow-up PHQ-9 of 9 after a baseline of 20 is a response (down 55%) but not remission (9 is not below 5)")
    void changeFromBaseline() throws Exception {
        personAnswers("3 3 2 2 2 2 2 2 2").andExpect(status().is3xxRedirection());
        String result = personAnswers("1 1 1 1 1 1 1 1 1").andReturn().getResponse().getRedirectedUrl();
        assertThat(page(result, username)).contains("went from 20 to 9 (down 55%)", "Response:", "Not in remission");
        assertThat(page("/persons/" + person + "/measures", "prescriber")).contains("latest 9 of 27: mild", "down 55% from the first");
    }

    @Test
    @DisplayName("staff enter a WHO-5 the person filled in on paper, with its day: 3 4 2 3 3 is 15 of 25, 60%")
    void staffEnterOnBehalf() throws Exception {
        String day = LocalDate.now().minusDays(3).toString();
        String result = mvc.perform(post("/persons/" + person + "/measures/who-5/new").with(signedIn.as("prescriber"))
                .with(csrf()).param("submissionToken", UUID.randomUUID().toString()).param("completedOn", day)
                .param("answers[who5-1]", "3").param("answers[who5-2]", "4").param("answers[who5-3]", "2")
                .param("answers[who5-4]", "3").param("answers[who5-5]", "3"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page(result, "prescriber")).contains("15 of 25 (60%)", "entered by prescriber");
        assertThat(jdbc.sql("select completed_on from questionnaire_response where person_id = ?").param(person)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.parse(day));
    }

    @Test
    @DisplayName("staff cannot date answers in the future; the person's answers are kept on the page")
    void futureDayRefused() throws Exception {
        String page = mvc.perform(phq9("/persons/" + person + "/measures/phq-9/new", "1 1 1 1 1 1 1 1 0", UUID.randomUUID().toString())
                .param("completedOn", LocalDate.now().plusDays(2).toString()).with(signedIn.as("prescriber")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("the day cannot be in the future", "name=\"answers[phq9-1]\" value=\"1\" checked");
        assertThat(saved()).isZero();
    }

    @Test
    @DisplayName("the C-SSRS screener is not offered while the deployment records no licence for it")
    void unlicensedNotOffered() throws Exception {
        assertThat(page("/portal/measures", username)).contains("PHQ-9").doesNotContain("C-SSRS");
        mvc.perform(get("/portal/measures/c-ssrs-screener").with(signedIn.as(username))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("the same form sent twice is saved once")
    void duplicateSubmission() throws Exception {
        String token = UUID.randomUUID().toString();
        mvc.perform(phq9("/portal/measures/phq-9", "1 1 1 1 1 1 1 1 0", token).with(signedIn.as(username)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(phq9("/portal/measures/phq-9", "1 1 1 1 1 1 1 1 0", token).with(signedIn.as(username)))
                .andExpect(status().isOk());
        assertThat(saved()).isEqualTo(1);
    }

    @Test
    @DisplayName("the portal offers only questionnaires whose every question has its published wording; staff may enter any offered one from paper")
    void portalOffersWordedOnly() throws Exception {
        String portal = page("/portal/measures", username);
        String staff = page("/persons/" + person + "/measures", "prescriber");
        for (var instrument : measures.offered()) {
            String name = HtmlUtils.htmlEscape(instrument.name());
            assertThat(staff).contains(name);
            if (instrument.selfReportable()) {
                assertThat(portal).contains(name);
            } else {
                assertThat(portal).doesNotContain(name);
                mvc.perform(get("/portal/measures/" + instrument.id()).with(signedIn.as(username)))
                        .andExpect(status().isNotFound());
            }
        }
    }

    @Test
    @DisplayName("the person's form is dated today without asking; staff are asked the day the person answered")
    void dayAskedOfStaffOnly() throws Exception {
        assertThat(page("/portal/measures/phq-9", username)).doesNotContain("Day the person answered");
        assertThat(page("/persons/" + person + "/measures/phq-9/new", "prescriber")).contains("Day the person answered");
    }
}
