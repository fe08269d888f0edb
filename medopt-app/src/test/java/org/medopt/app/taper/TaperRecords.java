package org.medopt.app.taper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.app.account.AccountService;
import org.medopt.app.account.NewAccount;
import org.medopt.app.account.Role;
import org.medopt.app.team.CareTeamService;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the taper tests create, as the demo prescriber (who joins the care team of each person they register) and as
 * the person through a portal account of their own: a person on sertraline 50 mg once daily.
 */
public record TaperRecords(MockMvc mvc, SignedIn signedIn, ObjectMapper json, JdbcClient jdbc, AccountService accounts) {

    static final String PASSWORD = "taper-test-password";

    /** A person on sertraline 50 mg once daily, with a portal account named {@code username}. */
    public Subject person(String username) throws Exception {
        String family = "Taper" + UUID.randomUUID().toString().substring(0, 8);
        long person = json.readTree(mvc.perform(post("/api/persons").with(signedIn.as("prescriber"))
                .contentType(MediaType.APPLICATION_JSON).content(json.createObjectNode().put("legalGivenName", "Sam")
                        .put("legalFamilyName", family).put("birthDate", "1985-02-03").put("preferredLanguage", "English")
                        .toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        long entry = json.readTree(mvc.perform(post("/api/persons/" + person + "/medications").with(signedIn.as("prescriber"))
                .contentType(MediaType.APPLICATION_JSON).content(json.createObjectNode().put("kind", "prescription")
                        .put("drugName", "sertraline").put("dose", 50).put("doseUnit", "mg").put("route", "oral")
                        .put("frequency", "once daily").put("startDate", LocalDate.now().minusYears(1).toString())
                        .put("source", "prescribed-here").toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
        accounts.openAsSystem(new NewAccount(username, PASSWORD, Role.PERSON, "Sam " + family, person));
        return new Subject(person, entry, family, username);
    }

    /** The plan form for 50 mg sertraline a day from today, with tablets and the oral concentrate, as the page posts it. */
    MockHttpServletRequestBuilder planForm(Subject s, String intent, Map<String, String> changes) {
        MockHttpServletRequestBuilder request = post("/persons/" + s.personId() + "/taper-plans/new")
                .with(signedIn.as("prescriber")).with(csrf());
        Map<String, String> fields = new java.util.HashMap<>(Map.of("medicationEntryId", String.valueOf(s.entryId()),
                "drug", "sertraline", "dailyMilligrams", "50", "method", "hyperbolic",
                "stepDays", "28", "pace", "10", "occupancyStep", "5", "start", LocalDate.now().toString(),
                "intent", intent));
        fields.putAll(changes);
        fields.forEach(request::param);
        if (!changes.containsKey("products")) {
            request.param("products", "25 mg tablet", "50 mg tablet", "20 mg/mL oral concentrate");
        }
        return request;
    }

    /** Starts a plan for the person from today and returns its id. */
    public long startedPlan(Subject s) throws Exception {
        return startedPlan(s, LocalDate.now());
    }

    /** Starts a plan for the person from {@code start} and returns its id. */
    long startedPlan(Subject s, LocalDate start) throws Exception {
        String location = mvc.perform(planForm(s, "start", Map.of("start", start.toString())))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The person checks in: every item rated {@code rating}, with what else is given. */
    ResultActions checkIn(Subject s, int rating, int howHard, boolean intolerable, String request) throws Exception {
        String page = mvc.perform(get("/portal/taper").with(signedIn.as(s.username()))).andReturn().getResponse()
                .getContentAsString();
        MockHttpServletRequestBuilder post = post("/portal/taper/check-ins").with(signedIn.as(s.username())).with(csrf())
                .param("howHard", String.valueOf(howHard)).param("intolerable", intolerable ? "yes" : "no")
                .param("request", request).param("freeText", "Synthetic test check-in");
        java.util.regex.Matcher items = java.util.regex.Pattern.compile("name=\"(ratings\\[[a-z-]+\\])\"").matcher(page);
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        while (items.find()) {
            names.add(items.group(1));
        }
        names.forEach(name -> post.param(name, String.valueOf(rating)));
        return mvc.perform(post);
    }

    /** The current steps of the plan as "start end mg", in order. */
    List<String> steps(long planId) {
        return jdbc.sql("""
                select s.start_date || ' ' || s.end_date || ' ' || cast(s.milligrams as varchar(20))
                from taper_step s join taper_plan p on p.id = s.plan_id and p.revision = s.revision
                where p.id = ? order by s.number""").param(planId).query(String.class).list();
    }

    String planStatus(long planId) {
        return jdbc.sql("select status from taper_plan where id = ?").param(planId).query(String.class).single();
    }

    /** The plan's changes as "action decided_by rules alert made_by", oldest first. */
    List<String> changes(long planId) {
        return jdbc.sql("select action || ' ' || decided_by || ' [' || rules || '] ' || "
                + "case when alert_team then 'true' else 'false' end || ' ' || made_by from taper_plan_change where plan_id = ? order by id").param(planId)
                .query(String.class).list();
    }

    /** What was audited on the person's record, as "username action resource", oldest first. */
    List<String> audited(long person) {
        return jdbc.sql("select username || ' ' || action || ' ' || resource from audit_event where person_id = ? "
                + "and outcome = 'success' order by sequence").param(person).query(String.class).list();
    }

    /** The administrator adds the demo account to the person's care team. */
    public void joinTeam(long person, String username, CareTeamService teams, UserDetailsService users) {
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            teams.add(person, jdbc.sql("select id from user_account where username = ?").param(username)
                    .query(Long.class).single());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    public record Subject(long personId, long entryId, String familyName, String username) {
    }
}
