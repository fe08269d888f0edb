package org.medopt.app.taper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.app.account.AccountService;
import org.medopt.app.taper.TaperRecords.Subject;
import org.medopt.app.team.CareTeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A person tapering sertraline 50 mg a day in steps of 28 days checks in from the portal; each check-in runs the
 * documented adaptation rules and changes the stored plan, and each change is kept with who or what made it and why.
 */
@MedOptIntegrationTest
@DisplayName("Withdrawal check-ins adapt the stored taper plan")
class TaperCheckInIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired CareTeamService teams;
    @Autowired UserDetailsService users;

    private TaperRecords records;
    private Subject sam;
    private long plan;

    @BeforeEach
    void personOnARunningPlan() throws Exception {
        records = new TaperRecords(mvc, signedIn, json, jdbc, accounts);
        sam = records.person("taper-" + UUID.randomUUID().toString().substring(0, 8));
        plan = records.startedPlan(sam);
    }

    @Test
    @DisplayName("the portal shows today's dose, how to take it, the next change and the checklist for an antidepressant")
    void portalPage() throws Exception {
        String page = mvc.perform(get("/portal/taper").with(signedIn.as(sam.username()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Today: <span>sertraline</span>", "45 mg", "Next change:", "The coming weeks", "How are you doing?",
                "name=\"ratings[headache]\"", "none", "mild", "moderate", "severe", "Is this intolerable?");
        assertThat(records.audited(sam.personId())).contains(sam.username() + " read taper-plan/" + plan);
    }

    @Test
    @DisplayName("a check-in with nothing above mild changes nothing and logs no change")
    void stableContinues() throws Exception {
        List<String> before = records.steps(plan);
        records.checkIn(sam, 1, 2, false, "none").andExpect(status().is3xxRedirection());
        assertThat(records.steps(plan)).isEqualTo(before);
        assertThat(records.changes(plan)).containsExactly("plan clinician [] false prescriber",
                "start clinician [] false prescriber");
        assertThat(records.audited(sam.personId())).anyMatch(line -> line.startsWith(sam.username() + " create taper-plan/"
                + plan + "/check-in/"));
    }

    @Test
    @DisplayName("moderate symptoms hold the current step one step length longer and shift the later steps, by rule")
    void moderateHolds() throws Exception {
        List<String> before = records.steps(plan);
        records.checkIn(sam, 2, 5, false, "none").andExpect(status().is3xxRedirection());
        List<String> after = records.steps(plan);
        assertThat(LocalDate.parse(after.get(0).split(" ")[1]))
                .isEqualTo(LocalDate.parse(before.get(0).split(" ")[1]).plusDays(28));
        assertThat(LocalDate.parse(after.get(1).split(" ")[0]))
                .isEqualTo(LocalDate.parse(before.get(1).split(" ")[0]).plusDays(28));
        assertThat(records.changes(plan).get(2)).startsWith("hold rule [").contains("moderate-symptoms");
        assertThat(jdbc.sql("select reason from taper_plan_change where plan_id = ? and action = 'hold'").param(plan)
                .query(String.class).single()).isNotBlank();
    }

    @Test
    @DisplayName("asking to slow down makes every later step twice as long, at the same doses, as the person's request")
    void slowDown() throws Exception {
        List<String> before = records.steps(plan);
        records.checkIn(sam, 0, 1, false, "slow-down").andExpect(status().is3xxRedirection());
        List<String> after = records.steps(plan);
        assertThat(after.get(0)).isEqualTo(before.get(0));
        LocalDate start = LocalDate.parse(after.get(1).split(" ")[0]);
        LocalDate end = LocalDate.parse(after.get(1).split(" ")[1]);
        assertThat(end).isEqualTo(start.plusDays(55));
        assertThat(after.get(1).split(" ")[2]).isEqualTo(before.get(1).split(" ")[2]);
        assertThat(records.changes(plan).get(2)).isEqualTo("slow-down person [slow-down-request, stable] false "
                + sam.username());
    }

    @Test
    @DisplayName("asking to pause pauses the plan until the person asks to resume, and both show on the portal")
    void pauseAndResume() throws Exception {
        records.checkIn(sam, 0, 1, false, "pause").andExpect(status().is3xxRedirection());
        assertThat(records.planStatus(plan)).isEqualTo("paused");
        records.checkIn(sam, 0, 1, false, "resume").andExpect(status().is3xxRedirection());
        assertThat(records.planStatus(plan)).isEqualTo("active");
        assertThat(records.changes(plan).subList(2, 4)).containsExactly("pause person [pause-request, stable] false "
                + sam.username(), "resume person [resume-request, stable] false " + sam.username());
        assertThat(mvc.perform(get("/portal/taper").with(signedIn.as(sam.username()))).andReturn().getResponse()
                .getContentAsString()).contains("Changes to your plan", "You asked on", "to pause", "to resume");
    }

    @Test
    @DisplayName("a clinician's resume ends the person's pause: the person's next stable check-in keeps the plan going")
    void clinicianResumeEndsPause() throws Exception {
        records.checkIn(sam, 0, 1, false, "pause").andExpect(status().is3xxRedirection());
        assertThat(records.planStatus(plan)).isEqualTo("paused");
        mvc.perform(post("/persons/" + sam.personId() + "/taper-plans/" + plan + "/status").param("action", "resume")
                .param("reason", "Talked it over; ready to go on").with(signedIn.as("prescriber")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(records.planStatus(plan)).isEqualTo("active");

        records.checkIn(sam, 0, 1, false, "none").andExpect(status().is3xxRedirection());

        assertThat(records.planStatus(plan)).isEqualTo("active");
    }

    @Test
    @DisplayName("'intolerable' with no earlier stable step holds, alerts the team on the caseload, and a clinician acknowledges it")
    void intolerableAlerts() throws Exception {
        records.checkIn(sam, 1, 9, true, "none").andExpect(status().is3xxRedirection());
        assertThat(records.changes(plan).get(2)).startsWith("hold rule [intolerable").endsWith("true " + sam.username());
        assertThat(mvc.perform(get("/caseload").param("q", sam.familyName()).with(signedIn.as("prescriber")))
                .andReturn().getResponse().getContentAsString()).contains("1 open taper alert",
                        "/persons/" + sam.personId() + "/taper-plans");
        String page = mvc.perform(get("/persons/" + sam.personId() + "/taper-plans/" + plan).with(signedIn.as("prescriber")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("For the care team", "Acknowledge", "Synthetic test check-in", "Yes");
        long alert = jdbc.sql("select id from taper_plan_change where plan_id = ? and alert_team").param(plan)
                .query(Long.class).single();

        mvc.perform(post("/persons/" + sam.personId() + "/taper-plans/" + plan + "/alerts").param("changeId",
                String.valueOf(alert)).with(signedIn.as("prescriber")).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(mvc.perform(get("/caseload").param("q", sam.familyName()).with(signedIn.as("prescriber")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("open taper alert");
        assertThat(records.audited(sam.personId())).contains("prescriber update taper-plan/" + plan + "/alert/" + alert);
    }

    @Test
    @DisplayName("'intolerable' after a step whose check-ins were all stable goes back to that step's dose now, and the steps after it follow again")
    void intolerableReturns() throws Exception {
        long earlier = records.startedPlan(sam, LocalDate.now().minusDays(30));
        jdbc.sql("""
                insert into taper_check_in (plan_id, person_id, step_number, checked_on, ratings, how_hard, free_text,
                    intolerable, request, outcome, recorded_by, recorded_at)
                values (?, ?, 1, ?, 'headache=0', 1, '', false, 'none', 'stable', ?, current_timestamp)""")
                .params(earlier, sam.personId(), LocalDate.now().minusDays(20), sam.username()).update();
        jdbc.sql("update taper_plan set status = 'stopped' where id = ?").param(plan).update();
        List<String> before = records.steps(earlier);

        records.checkIn(sam, 2, 9, true, "none").andExpect(status().is3xxRedirection());

        List<String> after = records.steps(earlier);
        assertThat(after.get(2)).startsWith(LocalDate.now() + " ").endsWith(" " + before.get(0).split(" ")[2]);
        assertThat(after.get(3).split(" ")[2]).isEqualTo(before.get(1).split(" ")[2]);
        assertThat(after).as("the earlier dose, then the intolerable step again, then the rest").hasSize(before.size() + 2);
        assertThat(records.changes(earlier).get(2)).startsWith("return-to-earlier-step rule [intolerable")
                .endsWith("true " + sam.username());
    }

    @Test
    @DisplayName("a check-in with an item left unrated is refused at the checklist, with the answers given kept")
    void unratedRefused() throws Exception {
        String page = mvc.perform(post("/portal/taper/check-ins").with(signedIn.as(sam.username())).with(csrf())
                .param("ratings[headache]", "2").param("howHard", "4").param("intolerable", "no").param("request", "none"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"ratings-error\"", "choose none, mild, moderate or severe for:");
        assertThat(page).containsPattern("name=\"ratings\\[headache\\]\"\\s+value=\"2\" checked");
        assertThat(jdbc.sql("select count(*) from taper_check_in where plan_id = ?").param(plan).query(Integer.class)
                .single()).isZero();
    }

    @Test
    @DisplayName("another person sees none of the plan, staff off the team are refused, peer support on the team only reads")
    void access() throws Exception {
        Subject other = records.person("taper-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(mvc.perform(get("/portal/taper").with(signedIn.as(other.username()))).andReturn().getResponse()
                .getContentAsString()).contains("You have no taper plan running").doesNotContain(sam.familyName());
        mvc.perform(get("/persons/" + sam.personId() + "/taper-plans/" + plan).with(signedIn.as(other.username())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/persons/" + other.personId() + "/taper-plans/" + plan).with(signedIn.as("prescriber")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/persons/" + sam.personId() + "/taper-plans/" + plan).with(signedIn.as("pharmacist")))
                .andExpect(status().isForbidden());
        assertThat(records.audited(sam.personId())).noneMatch(line -> line.startsWith("pharmacist read"));
        records.joinTeam(sam.personId(), "peer", teams, users);
        mvc.perform(get("/persons/" + sam.personId() + "/taper-plans/" + plan).with(signedIn.as("peer")))
                .andExpect(status().isOk());
        mvc.perform(post("/persons/" + sam.personId() + "/taper-plans/" + plan + "/status").param("action", "stop")
                .param("reason", "Peer support may not stop it").with(signedIn.as("peer")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(records.planStatus(plan)).isEqualTo("active");
    }
}
