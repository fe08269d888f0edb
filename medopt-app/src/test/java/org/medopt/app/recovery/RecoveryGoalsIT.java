package org.medopt.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.CareTeams;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.app.account.AccountService;
import org.medopt.app.account.NewAccount;
import org.medopt.app.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A person writes recovery goals in their own words from the portal, writes how they are going, and marks them
 * achieved or sets them aside; their care team reads the goals and writes progress notes. Each test works on a
 * person of its own, registered by the demo prescriber, with a portal account; the demo peer support specialist
 * joins the team where a test says so.
 */
@MedOptIntegrationTest
@DisplayName("Recovery goals")
class RecoveryGoalsIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired CareTeams careTeams;

    long person;
    String me;

    @BeforeEach
    void personWithPortalAccount() throws Exception {
        String family = "Goals-" + UUID.randomUUID();
        mvc.perform(post("/persons/new").with(signedIn.as("prescriber")).with(csrf())
                .param("legalGivenName", "Robin").param("legalFamilyName", family).param("birthDate", "1990-06-07")
                .param("preferredLanguage", "English").param("submissionToken", UUID.randomUUID().toString()));
        person = jdbc.sql("select id from person where legal_family_name = ?").param(family).query(Long.class).single();
        me = "goals-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.openAsSystem(new NewAccount(me, "goals-test-password", Role.PERSON, "Robin " + family, person));
    }

    @Test
    @DisplayName("the person adds a goal in a life domain from the portal; it is listed under its domain as theirs, and audited")
    void personAddsGoal() throws Exception {
        mvc.perform(get("/portal").with(signedIn.as(me))).andExpect(content().string(containsString("/portal/recovery-goals")));
        long goal = addGoal(me, "housing", "A flat of my own near the park", "Ask the housing office about waiting lists");

        assertThat(portalPage()).contains("<h2 id=\"housing-heading\">Housing</h2>", "A flat of my own near the park",
                "Ask the housing office about waiting lists", "You wrote this", "Working on it")
                .doesNotContain("Progress notes", "Earlier versions");
        assertThat(jdbc.sql("""
                select written_by || ' ' || case when written_with_person then 'with' else 'alone' end || ' ' || status
                from recovery_goal where id = ?""")
                .param(goal).query(String.class).single()).isEqualTo(me + " alone active");
        assertThat(audited()).contains(me + " create recovery-goal/" + goal, me + " read recovery-goals");
    }

    @Test
    @DisplayName("the person writes a progress note, marks the goal achieved and takes it up again; every state is kept")
    void personNotesAndMarks() throws Exception {
        long goal = addGoal(me, "work-or-school", "Finish my first-aid course", "");

        mvc.perform(post("/portal/recovery-goals/" + goal + "/notes").with(signedIn.as(me)).with(csrf())
                .param("note", "Passed the theory part today").param("submissionToken", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        mark(goal, "achieved").andExpect(status().is3xxRedirection());
        assertThat(goalPage(goal)).contains("Passed the theory part today", "Achieved", "Work on it again");
        mark(goal, "active").andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select change_kind || ' ' || status from recovery_goal_revision where goal_id = ? order by revision")
                .param(goal).query(String.class).list()).containsExactly("written active", "status achieved", "status active");
        assertThat(jdbc.sql("select by_person from recovery_goal_note where goal_id = ?").param(goal)
                .query(Boolean.class).single()).isTrue();
        assertThat(audited()).contains(me + " update recovery-goal/" + goal)
                .anyMatch(line -> line.startsWith(me + " create recovery-goal/" + goal + "/note/"));
    }

    @Test
    @DisplayName("the person changes a goal's words; the earlier words stay readable as an earlier version")
    void personChangesWords() throws Exception {
        long goal = addGoal(me, "health", "Sleep before midnight", "");
        mvc.perform(post("/portal/recovery-goals/" + goal + "/edit").with(signedIn.as(me)).with(csrf())
                .param("domain", "health").param("goal", "Sleep seven hours most nights").param("firstSteps", "")
                .param("version", "1")).andExpect(status().is3xxRedirection());

        assertThat(goalPage(goal)).contains("Sleep seven hours most nights", "Earlier versions", "Sleep before midnight");
        mvc.perform(post("/portal/recovery-goals/" + goal + "/edit").with(signedIn.as(me)).with(csrf())
                .param("domain", "health").param("goal", "Stale words").param("version", "1"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("changed by someone else")));
    }

    @Test
    @DisplayName("a peer support specialist on the team writes a progress note: the person reads it, the rest of the team once the person shares peer support notes")
    void peerSupportNote() throws Exception {
        long goal = addGoal(me, "relationships", "Call my sister every week", "");
        careTeams.join(person, "peer");

        mvc.perform(get("/persons/" + person + "/recovery-goals").with(signedIn.as("peer"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Call my sister every week"), containsString("Written by the person"))));
        mvc.perform(post("/persons/" + person + "/recovery-goals/" + goal + "/notes").with(signedIn.as("peer")).with(csrf())
                .param("note", "Talked through what to say on the first call").param("submissionToken", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("""
                select author || ' ' || author_role || ' ' || case when by_person then 'person' else 'team' end
                from recovery_goal_note where goal_id = ?""")
                .param(goal).query(String.class).single()).isEqualTo("peer peer-support team");
        assertThat(goalPage(goal)).contains("Talked through what to say on the first call", "Casey Peer, Peer support specialist");
        assertThat(teamPage("prescriber")).doesNotContain("Talked through what to say")
                .contains("1 note by peer support not shown");

        mvc.perform(post("/portal/sharing").with(signedIn.as(me)).with(csrf()).param("category", "peer-support-notes")
                .param("share", "true").param("signedName", "Robin")).andExpect(status().is3xxRedirection());
        assertThat(teamPage("prescriber")).contains("Talked through what to say on the first call");
        assertThat(audited()).anyMatch(line -> line.startsWith("peer create recovery-goal/" + goal + "/note/"))
                .contains("prescriber read recovery-goals");
    }

    @Test
    @DisplayName("a team member writes a goal down with the person, marked as such; only the person changes its status")
    void writtenDownWithPerson() throws Exception {
        mvc.perform(get("/persons/" + person).with(signedIn.as("prescriber")))
                .andExpect(content().string(containsString("/persons/" + person + "/recovery-goals")));
        long goal = addGoal("prescriber", "meaning-and-purpose", "Volunteer at the community garden", "");

        assertThat(teamPage("prescriber")).contains("Written down by Dr. Dana Demo with the person");
        assertThat(portalPage()).contains("Volunteer at the community garden", "Written down by Dr. Dana Demo with you");
        mvc.perform(post("/portal/recovery-goals/" + goal + "/status").with(signedIn.as("prescriber")).with(csrf())
                .param("status", "achieved").param("version", "1")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select written_with_person from recovery_goal where id = ?").param(goal)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    @DisplayName("staff not on the person's care team are refused, the refusal audited, and nothing is written")
    void notOnTeamRefused() throws Exception {
        long goal = addGoal(me, "housing", "Keep my tenancy", "");

        mvc.perform(get("/persons/" + person + "/recovery-goals").with(signedIn.as("peer"))).andExpect(status().isForbidden());
        mvc.perform(post("/persons/" + person + "/recovery-goals/" + goal + "/notes").with(signedIn.as("pharmacist"))
                .with(csrf()).param("note", "Not my record").param("submissionToken", UUID.randomUUID().toString()))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("select count(*) from recovery_goal_note where goal_id = ?").param(goal)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = ? and username = 'pharmacist' and outcome = 'denied'")
                .param(person).query(Integer.class).single()).isPositive();
    }

    @Test
    @DisplayName("staff with emergency access read the goals and notes but write nothing")
    void emergencyAccessReadsOnly() throws Exception {
        long goal = addGoal(me, "health", "Walk every morning", "");
        mvc.perform(post("/persons/" + person + "/emergency-access").with(signedIn.as("prescriber2")).with(csrf())
                .param("reason", "Brought in confused overnight; the team cannot be reached"));

        mvc.perform(get("/persons/" + person + "/recovery-goals").with(signedIn.as("prescriber2"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Walk every morning"), not(containsString("Write down a goal")))));
        mvc.perform(post("/persons/" + person + "/recovery-goals/" + goal + "/notes").with(signedIn.as("prescriber2"))
                .with(csrf()).param("note", "Seen in the emergency department").param("submissionToken", UUID.randomUUID().toString()))
                .andExpect(status().isForbidden());
        assertThat(audited()).contains("prescriber2 read recovery-goals");
    }

    @Test
    @DisplayName("an empty or too long goal, an unknown domain and an empty note are refused at their fields, keeping what was typed")
    void badInputKept() throws Exception {
        String tooLong = "a".repeat(501);
        mvc.perform(post("/portal/recovery-goals").with(signedIn.as(me)).with(csrf()).param("domain", "castle")
                .param("goal", "").param("firstSteps", "Kept first steps").param("submissionToken", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andExpect(view().name("recovery/portal"))
                .andExpect(content().string(allOf(containsString("write the goal"), containsString("unknown life domain"),
                        containsString("Kept first steps"))));
        mvc.perform(post("/persons/" + person + "/recovery-goals").with(signedIn.as("prescriber")).with(csrf())
                .param("domain", "").param("goal", tooLong).param("submissionToken", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andExpect(view().name("recovery/team"))
                .andExpect(content().string(allOf(containsString("a goal is at most 500 characters"),
                        containsString("choose a life domain"), containsString(tooLong))));
        assertThat(jdbc.sql("select count(*) from recovery_goal where person_id = ?").param(person)
                .query(Integer.class).single()).isZero();

        long goal = addGoal(me, "housing", "Paint my kitchen", "");
        mvc.perform(post("/portal/recovery-goals/" + goal + "/notes").with(signedIn.as(me)).with(csrf())
                .param("note", "  ").param("submissionToken", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andExpect(view().name("recovery/portal-goal"))
                .andExpect(content().string(containsString("write the note")));
        assertThat(jdbc.sql("select count(*) from recovery_goal_note where goal_id = ?").param(goal)
                .query(Integer.class).single()).isZero();
    }

    /** Adds a goal as {@code username}: from the portal for the person, from the team page for staff; its id. */
    private long addGoal(String username, String domain, String goal, String firstSteps) throws Exception {
        String path = username.equals(me) ? "/portal/recovery-goals" : "/persons/" + person + "/recovery-goals";
        mvc.perform(post(path).with(signedIn.as(username)).with(csrf()).param("domain", domain).param("goal", goal)
                .param("firstSteps", firstSteps).param("submissionToken", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select max(id) from recovery_goal where person_id = ?").param(person).query(Long.class).single();
    }

    private ResultActions mark(long goal, String status) throws Exception {
        int version = jdbc.sql("select version from recovery_goal where id = ?").param(goal).query(Integer.class).single();
        return mvc.perform(post("/portal/recovery-goals/" + goal + "/status").with(signedIn.as(me)).with(csrf())
                .param("status", status).param("version", String.valueOf(version)));
    }

    private String portalPage() throws Exception {
        return mvc.perform(get("/portal/recovery-goals").with(signedIn.as(me))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String goalPage(long goal) throws Exception {
        return mvc.perform(get("/portal/recovery-goals/" + goal).with(signedIn.as(me))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String teamPage(String username) throws Exception {
        return mvc.perform(get("/persons/" + person + "/recovery-goals").with(signedIn.as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** What was audited on the person's record, as "username action resource", oldest first. */
    private List<String> audited() {
        return jdbc.sql("select username || ' ' || action || ' ' || resource from audit_event where person_id = ? "
                + "and outcome = 'success' order by sequence").param(person).query(String.class).list();
    }
}
