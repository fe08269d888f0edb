package org.medopt.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.app.team.CareTeamService;
import org.medopt.knowledge.KnowledgeBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person on methadone 60 mg and lorazepam 1 mg daily for three months, whose care team is the demo prescriber.
 * The knowledge base flags the pair as critical (opioid with a benzodiazepine, FDA boxed warning, secondary source)
 * and lorazepam beyond four weeks as a warning.
 */
@MedOptIntegrationTest
@DisplayName("Medication review pages")
class ReviewPagesIT {

    static final String OPIOID_BENZODIAZEPINE = "opioid-benzodiazepine:6470+6813";
    static final String LONG_TERM_BENZODIAZEPINE = "long-term-benzodiazepine:6470";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired CareTeamService teams;
    @Autowired UserDetailsService users;
    @Autowired KnowledgeBase knowledge;

    private ReviewRecords records;
    private String familyName;
    private long person;

    @BeforeEach
    void personOnAnOpioidAndABenzodiazepine() throws Exception {
        records = new ReviewRecords(mvc, signedIn, json, jdbc, teams, users);
        familyName = ReviewRecords.familyName();
        person = records.person(familyName);
        records.medication(person, "methadone", 60);
        records.medication(person, "lorazepam", 1);
    }

    @Test
    @DisplayName("the review shows the opioid–benzodiazepine pair as an open critical finding with why it matters, what to consider and its source, checked only in a secondary source")
    void criticalFindingExplained() throws Exception {
        String page = records.page(person, "prescriber").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Opioid with a benzodiazepine: lorazepam + methadone", "Why it matters",
                "What to consider", "seen only in a secondary source", "Benzodiazepine for more than 4 weeks: lorazepam",
                "id=\"finding-opioid-benzodiazepine-6470-6813\"", ">Open<", "Critical", "1 (1 open)");
        assertThat(page.indexOf("Opioid with a benzodiazepine")).isLessThan(page.indexOf("Benzodiazepine for more than 4 weeks"));
        assertThat(records.audited(person)).contains("prescriber read medication-review");
    }

    @Test
    @DisplayName("the caseload shows the open critical finding, and the person's record links to the review")
    void caseloadAndRecordLead() throws Exception {
        assertThat(records.caseload("prescriber", familyName)).contains("1 open critical finding",
                "/persons/" + person + "/review");
        mvc.perform(get("/persons/" + person)
                .with(signedIn.as("prescriber"))).andExpect(content().string(containsString("/persons/" + person + "/review")));
    }

    @Test
    @DisplayName("acknowledging keeps the answer with the finding key and knowledge-base version, is audited, and takes the finding off the caseload's count")
    void acknowledge() throws Exception {
        records.answer(person, "prescriber", OPIOID_BENZODIAZEPINE, "acknowledged", "")
                .andExpect(redirectedUrl("/persons/" + person + "/review#finding-opioid-benzodiazepine-6470-6813"));

        Map<String, Object> row = jdbc.sql("select * from finding_response where person_id = ?").param(person).query().singleRow();
        assertThat(row).containsEntry("finding_key", OPIOID_BENZODIAZEPINE).containsEntry("response", "acknowledged")
                .containsEntry("responded_by", "prescriber").containsEntry("knowledge_version", knowledge.version());
        assertThat(records.audited(person)).contains("prescriber create medication-review/response/" + row.get("id"));
        records.page(person, "prescriber").andExpect(content().string(allOf(containsString("Acknowledged"),
                containsString("by <span>prescriber</span>"), containsString("1 (0 open)"))));
        assertThat(records.caseload("prescriber", familyName)).doesNotContain("open critical finding");
    }

    @Test
    @DisplayName("an override keeps its reason; a finding already answered is not answered again")
    void overrideOnce() throws Exception {
        records.answer(person, "prescriber", LONG_TERM_BENZODIAZEPINE, "overridden", "Stable for years; she declines a taper now.")
                .andExpect(status().is3xxRedirection());
        records.page(person, "prescriber").andExpect(content().string(containsString("Stable for years; she declines a taper now.")));

        records.answer(person, "prescriber", LONG_TERM_BENZODIAZEPINE, "acknowledged", "").andExpect(status().isOk())
                .andExpect(content().string(containsString("this finding was already answered")));
        assertThat(jdbc.sql("select count(*) from finding_response where person_id = ?").param(person).query(Long.class).single())
                .isOne();
    }

    @Test
    @DisplayName("an override needs a reason of at least ten characters and an answer needs a choice, each asked for at its field; a finding not in the review is refused; nothing is saved")
    void refusedAnswers() throws Exception {
        records.answer(person, "prescriber", OPIOID_BENZODIAZEPINE, "overridden", "  because ").andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"finding-opioid-benzodiazepine-6470-6813-reason\""),
                        containsString("say why the medication stays as it is, in at least 10 characters"),
                        containsString("<details open"))));
        records.answer(person, "prescriber", OPIOID_BENZODIAZEPINE, "", "").andExpect(status().isOk())
                .andExpect(content().string(containsString("choose whether to acknowledge or override the finding")));
        records.answer(person, "prescriber", "serotonin-toxicity-maoi:36437+8123", "acknowledged", "").andExpect(status().isOk())
                .andExpect(content().string(containsString("this finding is not in the person&#39;s current review")));

        assertThat(jdbc.sql("select count(*) from finding_response where person_id = ?").param(person).query(Long.class).single())
                .isZero();
    }

    @Test
    @DisplayName("peer support reads the review without a form to answer, and is refused an answer")
    void peerReadsOnly() throws Exception {
        records.joinTeam(person, "peer");

        records.page(person, "peer").andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Opioid with a benzodiazepine"), not(containsString("Save the answer")))));
        records.answer(person, "peer", OPIOID_BENZODIAZEPINE, "acknowledged", "").andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("the review runs again when the record changes: stopping methadone takes the pair off the caseload")
    void rerunsOnChange() throws Exception {
        long methadone = jdbc.sql("select id from medication_entry where person_id = ? and drug_name = 'methadone'")
                .param(person).query(Long.class).single();
        mvc.perform(put("/api/persons/" + person + "/medications/" + methadone).with(signedIn.as("prescriber"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(records.entry("methadone", 60).put("stopDate", ReviewRecords.STARTED.plusDays(1).toString())
                        .put("stopReason", "Moved to another program").put("changeReason", "Stopped after the first days").put("version", version(methadone)).toString()))
                .andExpect(status().isOk());

        assertThat(records.caseload("prescriber", familyName)).doesNotContain("open critical finding");
        records.page(person, "prescriber").andExpect(content().string(not(containsString("Opioid with a benzodiazepine"))));
    }

    @Test
    @DisplayName("the review runs again when the health context changes: a seizure disorder recorded beside bupropion shows on the caseload at once")
    void rerunsOnContextChange() throws Exception {
        records.medication(person, "bupropion", 150);
        records.answer(person, "prescriber", OPIOID_BENZODIAZEPINE, "acknowledged", "").andExpect(status().is3xxRedirection());
        assertThat(records.caseload("prescriber", familyName)).doesNotContain("open critical finding");

        mvc.perform(post("/persons/" + person + "/conditions/new").with(signedIn.as("prescriber")).with(csrf())
                .param("system", "icd-10-cm").param("code", "G40.909").param("display", "Epilepsy, unspecified")
                .param("submissionToken", UUID.randomUUID().toString())).andExpect(status().is3xxRedirection());

        assertThat(records.caseload("prescriber", familyName)).contains("1 open critical finding");
        records.page(person, "prescriber").andExpect(content().string(containsString("bupropion-seizure-disorder")));
    }

    @Test
    @DisplayName("an answer given while the rule read differently no longer holds: the finding is open again and says so")
    void answerUnderAnEarlierRule() throws Exception {
        jdbc.sql("""
                insert into finding_response (person_id, finding_key, rule_fingerprint, knowledge_version, response,
                    responded_by, responded_at)
                values (?, ?, 'an earlier wording of the rule', '2026.10.0', 'acknowledged', 'pharmacist', current_timestamp)""")
                .params(person, OPIOID_BENZODIAZEPINE).update();

        records.page(person, "prescriber").andExpect(content().string(allOf(containsString("1 (1 open)"),
                containsString("the rule has changed since, so the"), containsString("2026.10.0"))));
        assertThat(records.caseload("prescriber", familyName)).contains("1 open critical finding");
    }

    @Test
    @DisplayName("a review kept under another knowledge-base version is shown as due on the caseload until the review runs again")
    void outdatedReview() throws Exception {
        jdbc.sql("update review_run set knowledge_version = '2026.10.0' where person_id = ?").param(person).update();
        assertThat(records.caseload("prescriber", familyName)).contains("Review due: the knowledge base changed");

        records.page(person, "prescriber").andExpect(status().isOk());
        assertThat(records.caseload("prescriber", familyName)).contains("1 open critical finding")
                .doesNotContain("Review due");
    }

    private int version(long entry) {
        return jdbc.sql("select version from medication_entry where id = ?").param(entry).query(Integer.class).single();
    }
}
