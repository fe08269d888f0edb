package org.medopt.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.app.account.AccountService;
import org.medopt.app.account.PortalAccount;
import org.medopt.app.person.PersonService;
import org.medopt.app.team.CareTeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A buprenorphine entry from a substance-use-disorder program (42 CFR Part 2), recorded by the prescriber, in the
 * record of a person whose team also has a pharmacist, a peer support specialist and a care manager.
 */
@MedOptIntegrationTest
@DisplayName("Sensitive records and the person's sharing choices")
class SensitiveRecordsIT {

    private static final String NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records.";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @Autowired PersonService persons;
    @Autowired CareTeamService teams;
    @Autowired AccountService accounts;
    @Autowired AccessPolicy policy;
    @Autowired UserDetailsService users;

    private long person;
    private long entry;
    private String personUsername;

    @BeforeEach
    void part2Entry() throws Exception {
        person = idOf(mvc.perform(post("/api/persons").with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                .content(json.createObjectNode().put("legalGivenName", "Sage").put("legalFamilyName", "Holloway")
                        .put("birthDate", "1988-03-04").put("preferredLanguage", "English").toString()))
                .andReturn().getResponse().getContentAsString());
        entry = idOf(mvc.perform(post("/api/persons/" + person + "/medications").with(signedIn.as("prescriber"))
                .contentType(MediaType.APPLICATION_JSON).content(json.createObjectNode().put("kind", "prescription")
                        .put("drugName", "buprenorphine").put("dose", 16).put("doseUnit", "mg").put("route", "sublingual")
                        .put("frequency", "once daily").put("source", "prescribed-here").toString()))
                .andReturn().getResponse().getContentAsString());
        mvc.perform(post("/persons/" + person + "/medications/" + entry + "/sensitivity").with(signedIn.as("prescriber"))
                .with(csrf()).param("category", "sud-part2")).andExpect(status().is3xxRedirection());
        personUsername = "sage-" + UUID.randomUUID().toString().substring(0, 8);
        asUser("admin");
        for (String staff : new String[] {"pharmacist", "peer", "caremanager"}) {
            teams.add(person, jdbc.sql("select id from user_account where username = ?").param(staff).query(Long.class).single());
        }
        persons.openPortalAccount(person, new PortalAccount(personUsername, "a long enough secret"));
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("the care team does not see a Part 2 entry without the person's consent; the prescriber who recorded it does, with the notice")
    void withheldWithoutConsent() throws Exception {
        mvc.perform(get("/api/persons/" + person + "/medications").with(signedIn.as("pharmacist")))
                .andExpect(jsonPath("$.current.length()").value(0))
                .andExpect(jsonPath("$.withheld").value(true));
        mvc.perform(get("/api/persons/" + person + "/medications/" + entry).with(signedIn.as("caremanager")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/persons/" + person).with(signedIn.as("peer")))
                .andExpect(content().string(allOf(not(containsString("buprenorphine")), containsString("not shown to you"))));

        mvc.perform(get("/api/persons/" + person + "/medications/" + entry).with(signedIn.as("prescriber")))
                .andExpect(status().isOk()).andExpect(header().string("X-Redisclosure-Notice", NOTICE));
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = ? and username = 'caremanager' "
                        + "and outcome = 'denied' and resource = ?").params(person, "medication-entry/" + entry)
                .query(Long.class).single()).isOne();
    }

    @Test
    @DisplayName("once the person signs consent the team reads the entry with the 42 CFR 2.32 notice; withdrawing hides it again at once")
    void consentAndWithdrawal() throws Exception {
        mvc.perform(post("/portal/sharing").with(signedIn.as(personUsername)).with(csrf()).param("category", "sud-part2")
                .param("share", "true").param("signedName", "Sage Holloway")).andExpect(redirectedUrl("/portal/sharing"));

        mvc.perform(get("/api/persons/" + person + "/medications").with(signedIn.as("pharmacist")))
                .andExpect(jsonPath("$.current[0].drugName").value("buprenorphine"))
                .andExpect(jsonPath("$.redisclosureNotice").value(NOTICE));
        mvc.perform(get("/persons/" + person).with(signedIn.as("caremanager")))
                .andExpect(content().string(allOf(containsString("buprenorphine"), containsString(NOTICE))));

        mvc.perform(post("/portal/sharing").with(signedIn.as(personUsername)).with(csrf()).param("category", "sud-part2")
                .param("share", "false")).andExpect(redirectedUrl("/portal/sharing"));
        mvc.perform(get("/api/persons/" + person + "/medications").with(signedIn.as("pharmacist")))
                .andExpect(jsonPath("$.current.length()").value(0));

        assertThat(jdbc.sql("select action || ' ' || resource || ' ' || username from audit_event where person_id = ? "
                        + "and resource like 'sharing/%' order by sequence").param(person).query(String.class).list())
                .containsExactly("create sharing/sud-part2 " + personUsername, "update sharing/sud-part2 " + personUsername);
    }

    @Test
    @DisplayName("consent needs the person's typed name, psychotherapy notes cannot be shared, and staff cannot choose for the person")
    void onlyThePersonChooses() throws Exception {
        mvc.perform(post("/portal/sharing").with(signedIn.as(personUsername)).with(csrf()).param("category", "sud-part2")
                        .param("share", "true").param("signedName", " "))
                .andExpect(redirectedUrl("/portal/sharing"));
        mvc.perform(get("/portal/sharing").with(signedIn.as(personUsername)))
                .andExpect(content().string(containsString("You have not shared any of these records.")));
        mvc.perform(post("/portal/sharing").with(signedIn.as(personUsername)).with(csrf())
                .param("category", "psychotherapy-notes").param("share", "true").param("signedName", "Sage Holloway"));
        asUser(personUsername);
        assertThat(policy.permits(person, RecordAction.CHOOSE_SHARING)).isTrue();
        asUser("prescriber");
        assertThat(policy.permits(person, RecordAction.CHOOSE_SHARING)).isFalse();
        SecurityContextHolder.clearContext();
        mvc.perform(post("/portal/sharing").with(signedIn.as("prescriber")).with(csrf()).param("category", "sud-part2")
                .param("share", "true").param("signedName", "Sage Holloway")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from sharing_choice where person_id = ?").param(person).query(Long.class).single())
                .isZero();
    }

    @Test
    @DisplayName("the person reads their own Part 2 entry, without a notice meant for others")
    void personReadsOwn() throws Exception {
        mvc.perform(get("/api/persons/" + person + "/medications/" + entry).with(signedIn.as(personUsername)))
                .andExpect(status().isOk()).andExpect(header().doesNotExist("X-Redisclosure-Notice"));
    }

    @Test
    @DisplayName("in a medical emergency (42 CFR 2.51) staff off the team who broke the glass read the Part 2 entry, with the notice")
    void emergency() throws Exception {
        mvc.perform(post("/persons/" + person + "/emergency-access").with(signedIn.as("prescriber2")).with(csrf())
                .param("reason", "Unresponsive in the waiting room, naloxone given; team not reachable"));
        mvc.perform(get("/api/persons/" + person + "/medications").with(signedIn.as("prescriber2")))
                .andExpect(jsonPath("$.current[0].drugName").value("buprenorphine"))
                .andExpect(jsonPath("$.redisclosureNotice").value(NOTICE));
    }

    @Test
    @DisplayName("peer support notes stay between the person and peer support until shared; psychotherapy notes only with their author")
    void otherCategories() {
        asUser("peer");
        assertThat(policy.mayRead(person, SensitiveCategory.PEER_SUPPORT_NOTES, "another-peer")).isTrue();
        assertThat(policy.mayRead(person, SensitiveCategory.PSYCHOTHERAPY_NOTES, "a-therapist")).isFalse();
        asUser("pharmacist");
        assertThat(policy.mayRead(person, SensitiveCategory.PEER_SUPPORT_NOTES, "peer")).isFalse();
        assertThat(policy.mayRead(person, SensitiveCategory.PSYCHOTHERAPY_NOTES, "pharmacist")).isTrue();
        asUser(personUsername);
        assertThat(policy.mayRead(person, SensitiveCategory.PEER_SUPPORT_NOTES, "peer")).isTrue();
        assertThat(policy.mayRead(person, SensitiveCategory.PSYCHOTHERAPY_NOTES, "a-therapist")).isFalse();
        asUser("prescriber2");
        assertThat(policy.mayRead(person, SensitiveCategory.PEER_SUPPORT_NOTES, "peer")).isFalse();
        SecurityContextHolder.clearContext();
    }

    private void asUser(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private long idOf(String created) throws Exception {
        return json.readTree(created).get("id").asLong();
    }
}
