package org.medopt.app.review;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.app.team.CareTeamService;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Records the review tests create through the REST API and pages as the demo prescriber, who joins the care team
 * of each person they register. Medicines started three months ago, so a benzodiazepine counts as long-term use.
 */
record ReviewRecords(MockMvc mvc, SignedIn signedIn, ObjectMapper json, JdbcClient jdbc, CareTeamService teams,
        UserDetailsService users) {

    static final LocalDate STARTED = LocalDate.now().minusMonths(3);

    /** Registers an adult with a family name no other test uses, so a caseload search finds only them. */
    long person(String familyName) throws Exception {
        return idOf(mvc.perform(post("/api/persons").with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                .content(json.createObjectNode().put("legalGivenName", "Robin").put("legalFamilyName", familyName)
                        .put("birthDate", "1979-06-15").put("preferredLanguage", "English").toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    long medication(long person, String drugName, int mg) throws Exception {
        return idOf(mvc.perform(post("/api/persons/" + person + "/medications").with(signedIn.as("prescriber"))
                .contentType(MediaType.APPLICATION_JSON).content(entry(drugName, mg).toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    ObjectNode entry(String drugName, int mg) {
        return json.createObjectNode().put("kind", "prescription").put("drugName", drugName).put("dose", mg)
                .put("doseUnit", "mg").put("route", "oral").put("frequency", "once daily")
                .put("startDate", STARTED.toString()).put("source", "prescribed-here");
    }

    /** The prescriber marks the entry as a 42 CFR Part 2 record. */
    void part2(long person, long entry) throws Exception {
        mvc.perform(post("/persons/" + person + "/medications/" + entry + "/sensitivity").with(signedIn.as("prescriber"))
                .with(csrf()).param("category", "sud-part2")).andExpect(status().is3xxRedirection());
    }

    /** The administrator adds the demo account to the person's care team. */
    void joinTeam(long person, String username) {
        runAs("admin", () -> teams.add(person, jdbc.sql("select id from user_account where username = ?").param(username)
                .query(Long.class).single()));
    }

    /** Runs {@code action} signed in as {@code username}, as a service call from a page would be. */
    void runAs(String username, Runnable action) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    ResultActions page(long person, String username) throws Exception {
        return mvc.perform(get("/persons/" + person + "/review").with(signedIn.as(username)));
    }

    ResultActions answer(long person, String username, String findingKey, String response, String reason) throws Exception {
        return mvc.perform(post("/persons/" + person + "/review/responses").with(signedIn.as(username)).with(csrf())
                .param("findingKey", findingKey).param("response", response).param("reason", reason));
    }

    String caseload(String username, String familyName) throws Exception {
        return mvc.perform(get("/caseload").param("q", familyName).with(signedIn.as(username)))
                .andReturn().getResponse().getContentAsString();
    }

    /** What was audited on the person's record, as "username action resource", oldest first. */
    List<String> audited(long person) {
        return jdbc.sql("select username || ' ' || action || ' ' || resource from audit_event where person_id = ? "
                + "and outcome = 'success' order by sequence").param(person).query(String.class).list();
    }

    static String familyName() {
        return "Review" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long idOf(String created) throws Exception {
        return json.readTree(created).get("id").asLong();
    }
}
