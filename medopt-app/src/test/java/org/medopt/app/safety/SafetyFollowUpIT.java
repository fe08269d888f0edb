package org.medopt.app.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.app.measurement.InstrumentForm;
import org.medopt.app.measurement.MeasureRecorded;
import org.medopt.app.measurement.MeasurementService;
import org.medopt.app.measurement.StoredResponse;
import org.medopt.measurement.InstrumentScorer;
import org.medopt.measurement.Instruments;
import org.medopt.measurement.Score;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Safety follow-ups, from answers saved through {@link MeasurementService#record} to the care team's pages. Each test
 * has a person of its own, registered by the demo prescriber (so on the care team) with the demo care manager and
 * peer support specialist added; the other demo prescriber is on no team of theirs.
 */
@MedOptIntegrationTest
@DisplayName("Safety follow-up after PHQ-9 item 9 or a positive C-SSRS screen")
class SafetyFollowUpIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired MeasurementService measurements;
    @Autowired Instruments instruments;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    long person;
    String family;

    @BeforeEach
    void registerPerson() throws Exception {
        family = "Safety-" + UUID.randomUUID();
        mvc.perform(post("/persons/new").with(signedIn.as("prescriber")).with(csrf())
                .param("legalGivenName", "Follow").param("legalFamilyName", family).param("birthDate", "1990-02-03")
                .param("preferredLanguage", "English").param("submissionToken", UUID.randomUUID().toString()));
        person = jdbc.sql("select id from person where legal_family_name = ?").param(family).query(Long.class).single();
        for (String member : List.of("peer", "caremanager")) {
            long account = jdbc.sql("select id from user_account where username = ?").param(member).query(Long.class).single();
            mvc.perform(post("/admin/persons/" + person + "/team").with(signedIn.as("admin")).with(csrf())
                    .param("accountId", String.valueOf(account))).andExpect(status().is3xxRedirection());
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("a PHQ-9 with item 9 above 0 opens one follow-up, saying which answer set it off, shown on the worklist, caseload and person's page")
    void itemNineOpensFollowUp() throws Exception {
        StoredResponse response = phq9(2);

        long followUp = followUpOf(response);
        assertThat(jdbc.sql("select flag_id || ' | ' || answers from safety_follow_up_flag where follow_up_id = ?")
                .param(followUp).query(String.class).list())
                .containsExactly("phq9-item9 | thoughts of death or self-harm: More than half the days (2)");
        assertThat(worklist("prescriber")).contains(family, "entered by prescriber",
                "thoughts of death or self-harm: More than half the days (2)",
                "Ask about suicide risk today", "/persons/" + person + "/safety-follow-ups/" + followUp, "Record follow-up");
        assertThat(page("/caseload", "prescriber")).contains("safety follow-up", "on your care teams", "/safety-follow-ups",
                "Safety follow-up open since", "/persons/" + person + "/safety-follow-ups/" + followUp);
        assertThat(page("/persons/" + person, "prescriber")).contains("Safety follow-up open since");
        assertThat(audited("create", "safety-follow-up/" + followUp)).isEqualTo(1);
        assertThat(audited("read", "safety-follow-ups")).isPositive();
    }

    @Test
    @DisplayName("a PHQ-9 with item 9 at 0 opens no follow-up, however high the total")
    void noFlagNoFollowUp() {
        StoredResponse response = phq9(0);

        assertThat(response.flagged()).isFalse();
        assertThat(jdbc.sql("select count(*) from safety_follow_up where person_id = ?").param(person)
                .query(Integer.class).single()).isZero();
    }

    @Test
    @DisplayName("a positive C-SSRS screen opens a follow-up naming each question answered yes")
    void positiveScreenOpensFollowUp() {
        Score score = new InstrumentScorer(Set.of("c-ssrs-screener")).score(instruments.get("c-ssrs-screener"),
                Map.of("cssrs-1", 1, "cssrs-2", 0, "cssrs-6", 1, "cssrs-6-recent", 0));
        signIn("prescriber");
        long responseId = transactions.execute(status -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into questionnaire_response (person_id, instrument_id, instruments_version, answers,
                        safety_flags, completed_on, entered_by_person, recorded_by, recorded_at)
                    values (?, 'c-ssrs-screener', ?, 'cssrs-1=1;cssrs-2=0;cssrs-6=1;cssrs-6-recent=0', 'cssrs-positive', ?,
                        false, 'prescriber', ?)""")
                    .params(person, instruments.version(), LocalDate.now(ZoneOffset.UTC), OffsetDateTime.now())
                    .update(keys, "id");
            long id = keys.getKeyAs(Long.class);
            events.publishEvent(new MeasureRecorded(new StoredResponse(id, person, "c-ssrs-screener", instruments.version(),
                    score.answers(), null, null, null, List.of("cssrs-positive"), LocalDate.now(ZoneOffset.UTC), false,
                    "prescriber", OffsetDateTime.now()), score.safetyFlags()));
            return id;
        });

        assertThat(jdbc.sql("""
                select g.answers from safety_follow_up_flag g join safety_follow_up f on f.id = g.follow_up_id
                where f.questionnaire_response_id = ? and g.flag_id = 'cssrs-positive'""")
                .param(responseId).query(String.class).single())
                .isEqualTo("wish to be dead (past month): Yes (1); suicidal behaviour (lifetime): Yes (1)");
    }

    @Test
    @DisplayName("'could not reach the person' is kept as an attempt and leaves the follow-up open; speaking with them closes it")
    void attemptThenClose() throws Exception {
        long followUp = followUpOf(phq9(1));
        String path = "/persons/" + person + "/safety-follow-ups/" + followUp;

        record("caremanager", followUp, "Called twice, voicemail; will try again at 3 pm", "not-reached")
                .andExpect(redirectedUrl(path + "#entries"));
        assertThat(worklist("prescriber")).contains(family, "1 attempt did not reach the person, the last by caremanager");
        assertThat(page(path, "prescriber")).contains("Attempt, still open", "Called twice, voicemail", "Record follow-up</button>");

        record("prescriber", followUp, "Reached her at 3 pm; safe tonight, sister with her; seen tomorrow",
                "spoke-with-person", "risk-assessment", "safety-plan").andExpect(redirectedUrl(path + "#entries"));
        assertThat(worklist("prescriber")).doesNotContain(family);
        assertThat(page(path, "prescriber")).contains("Closed by prescriber", "Closed the follow-up",
                "Suicide risk assessment done", "Reached her at 3 pm").doesNotContain("Record follow-up</button>");
        assertThat(page("/persons/" + person, "prescriber")).doesNotContain("Safety follow-up open since");

        assertThat(body(record("prescriber", followUp, "Again", "spoke-with-person"))).contains("changed by someone else");
        assertThat(jdbc.sql("select count(*) from safety_follow_up_entry where follow_up_id = ?").param(followUp)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(audited("create", "safety-follow-up/" + followUp + "/entry/%")).isEqualTo(2);
        assertThat(audited("read", "safety-follow-up/" + followUp)).isPositive();
    }

    @Test
    @DisplayName("staff off the care team neither see nor record the follow-up; peer support on the team reads it but does not record")
    void access() throws Exception {
        long followUp = followUpOf(phq9(3));
        String path = "/persons/" + person + "/safety-follow-ups/" + followUp;

        mvc.perform(get(path).with(signedIn.as("prescriber2"))).andExpect(status().isForbidden());
        record("prescriber2", followUp, "Not mine", "spoke-with-person").andExpect(status().isForbidden());
        assertThat(worklist("prescriber2")).doesNotContain(family);
        assertThat(page("/caseload", "prescriber2")).doesNotContain(family);

        assertThat(page(path, "peer")).contains("you can read it").doesNotContain("Record follow-up</button>");
        assertThat(worklist("peer")).contains(family, ">Read<");
        record("peer", followUp, "Checked in with him", "spoke-with-person").andExpect(status().isForbidden());

        assertThat(jdbc.sql("select count(*) from safety_follow_up_entry where follow_up_id = ?").param(followUp)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from audit_event
                where person_id = ? and username in ('prescriber2', 'peer') and outcome = 'denied'""")
                .param(person).query(Integer.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    @DisplayName("emergency access reads the follow-up, read-only")
    void emergencyReadsOnly() throws Exception {
        long followUp = followUpOf(phq9(1));
        mvc.perform(post("/persons/" + person + "/emergency-access").with(signedIn.as("prescriber2")).with(csrf())
                .param("reason", "Seen in the emergency department overnight; team unreachable"));

        assertThat(page("/persons/" + person + "/safety-follow-ups/" + followUp, "prescriber2"))
                .contains("thoughts of death or self-harm").doesNotContain("Record follow-up</button>");
        record("prescriber2", followUp, "Spoke with him in the ED", "spoke-with-person").andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("no action, 'could not reach' beside a contact, or no note is refused at its field, keeping what was typed and ticked")
    void refusesBadInput() throws Exception {
        long followUp = followUpOf(phq9(1));

        assertThat(body(record("prescriber", followUp, "Kept note one")))
                .contains("choose what was done", "Kept note one");
        assertThat(body(record("prescriber", followUp, "Kept note two", "not-reached", "spoke-with-person")))
                .contains("cannot go with speaking with them", "Kept note two")
                .containsPattern("value=\"not-reached\"[^>]*checked").containsPattern("value=\"spoke-with-person\"[^>]*checked");
        assertThat(body(record("prescriber", followUp, " ", "safety-plan")))
                .contains("write what happened and what comes next").containsPattern("value=\"safety-plan\"[^>]*checked");
        assertThat(body(record("prescriber", followUp, "Kept note three", "made-up")))
                .contains("choose from the actions listed", "Kept note three");

        assertThat(jdbc.sql("select count(*) from safety_follow_up_entry where follow_up_id = ?").param(followUp)
                .query(Integer.class).single()).isZero();
    }

    /** A PHQ-9 the prescriber enters for the person today: 2 on items 1-8 and {@code itemNine} on item 9. */
    private StoredResponse phq9(int itemNine) {
        InstrumentForm form = new InstrumentForm();
        Map<String, String> answers = new LinkedHashMap<>();
        for (int item = 1; item <= 8; item++) {
            answers.put("phq9-" + item, "2");
        }
        answers.put("phq9-9", String.valueOf(itemNine));
        form.setAnswers(answers);
        form.setCompletedOn(LocalDate.now(ZoneOffset.UTC).toString());
        signIn("prescriber");
        try {
            return measurements.record(person, "phq-9", form);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long followUpOf(StoredResponse response) {
        return jdbc.sql("select id from safety_follow_up where questionnaire_response_id = ?").param(response.id())
                .query(Long.class).single();
    }

    private ResultActions record(String as, long followUp, String note, String... actions) throws Exception {
        MockHttpServletRequestBuilder request = post("/persons/" + person + "/safety-follow-ups/" + followUp)
                .with(signedIn.as(as)).with(csrf()).param("note", note).param("submissionToken", UUID.randomUUID().toString());
        return mvc.perform(actions.length == 0 ? request : request.param("actions", actions));
    }

    private String worklist(String as) throws Exception {
        return page("/safety-follow-ups", as);
    }

    private String page(String path, String as) throws Exception {
        return mvc.perform(get(path).with(signedIn.as(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static String body(ResultActions answer) throws Exception {
        return answer.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private int audited(String action, String resource) {
        return jdbc.sql("select count(*) from audit_event where person_id = ? and action = ? and resource like ?")
                .params(person, action, resource).query(Integer.class).single();
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
