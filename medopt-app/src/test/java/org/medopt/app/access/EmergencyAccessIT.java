package org.medopt.app.access;

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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@MedOptIntegrationTest
@DisplayName("Emergency access (break the glass)")
class EmergencyAccessIT {

    private static final String REASON = "Brought to the emergency department confused; team unreachable overnight";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @Autowired EmergencyAccessSettings settings;

    @Test
    @DisplayName("staff not on the team read the record only after stating a reason, and may not change it")
    void readOnlyAfterReason() throws Exception {
        long person = register(unique("Quill"));
        mvc.perform(get("/persons/" + person).with(signedIn.as("prescriber2"))).andExpect(status().isForbidden());

        mvc.perform(post("/persons/" + person + "/emergency-access").with(signedIn.as("prescriber2")).with(csrf())
                        .param("reason", "urgent"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 15 characters")));
        mvc.perform(get("/persons/" + person).with(signedIn.as("prescriber2"))).andExpect(status().isForbidden());

        mvc.perform(post("/persons/" + person + "/emergency-access").with(signedIn.as("prescriber2")).with(csrf())
                        .param("reason", REASON))
                .andExpect(redirectedUrl("/persons/" + person));
        mvc.perform(get("/persons/" + person).with(signedIn.as("prescriber2")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Emergency access, read-only"), containsString(REASON))));
        mvc.perform(get("/api/persons/" + person + "/medications").with(signedIn.as("prescriber2")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/persons/" + person).with(signedIn.as("prescriber2")).contentType(MediaType.APPLICATION_JSON)
                        .content(details("Changed").put("version", 0).toString()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/persons/" + person).with(signedIn.as("pharmacist"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("access ends by itself when its time is up")
    void timeLimited() throws Exception {
        long person = register(unique("Rowan"));
        mvc.perform(post("/persons/" + person + "/emergency-access").with(signedIn.as("peer")).with(csrf())
                .param("reason", REASON)).andExpect(redirectedUrl("/persons/" + person));
        var grant = jdbc.sql("select granted_at, expires_at from emergency_access where person_id = ?").param(person)
                .query((rs, n) -> Duration.between(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)))
                .single();
        assertThat(grant).isEqualTo(settings.duration()).isEqualTo(Duration.ofMinutes(60));
        mvc.perform(get("/persons/" + person).with(signedIn.as("peer"))).andExpect(status().isOk());

        jdbc.sql("update emergency_access set expires_at = ? where person_id = ?")
                .params(OffsetDateTime.now().minusSeconds(1), person).update();
        mvc.perform(get("/persons/" + person).with(signedIn.as("peer"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("the grant and every read under it are audited as emergency treatment")
    void audited() throws Exception {
        long person = register(unique("Sorrel"));
        mvc.perform(post("/persons/" + person + "/emergency-access").with(signedIn.as("caremanager")).with(csrf())
                .param("reason", REASON));
        mvc.perform(get("/persons/" + person).with(signedIn.as("caremanager"))).andExpect(status().isOk());

        assertThat(jdbc.sql("select action || ' ' || resource || ' ' || purpose from audit_event "
                        + "where person_id = ? and username = 'caremanager' order by sequence")
                .param(person).query(String.class).list())
                .contains("read person emergency-treatment", "read medication-record emergency-treatment")
                .anyMatch(line -> line.matches("create emergency-access/\\d+ emergency-treatment"));
    }

    @Test
    @DisplayName("the person sees who used emergency access and why; administrators see it too")
    void shownToPersonAndAdmins() throws Exception {
        long person = jdbc.sql("select person_id from user_account where username = 'teen'").query(Long.class).single();
        boolean onTeam = jdbc.sql("""
                select count(*) from care_team_member m join user_account a on a.id = m.account_id
                where m.person_id = ? and a.username = 'prescriber2' and m.left_at is null""")
                .param(person).query(Long.class).single() > 0;
        assertThat(onTeam).as("prescriber2 must not be on the demo teen's team for this test").isFalse();
        String reason = "Overdose suspected at the walk-in clinic " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/persons/" + person + "/emergency-access").with(signedIn.as("prescriber2")).with(csrf())
                .param("reason", reason)).andExpect(redirectedUrl("/persons/" + person));

        mvc.perform(get("/portal").with(signedIn.as("teen")))
                .andExpect(content().string(allOf(containsString(reason), containsString("Emergency access"))));
        mvc.perform(get("/admin").with(signedIn.as("admin"))).andExpect(content().string(containsString(reason)));
    }

    @Test
    @DisplayName("finding someone needs their exact family name and date of birth, and shows nothing clinical")
    void search() throws Exception {
        String family = unique("Tansy");
        long person = register(family);
        mvc.perform(get("/persons/emergency-access").with(signedIn.as("pharmacist"))
                        .param("familyName", family.toUpperCase()).param("birthDate", "1975-06-07"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/persons/" + person + "/emergency-access"),
                        not(containsString("Medications")))));
        mvc.perform(get("/persons/emergency-access").with(signedIn.as("pharmacist"))
                        .param("familyName", family.substring(0, 4)).param("birthDate", "1975-06-07"))
                .andExpect(content().string(not(containsString("/persons/" + person + "/emergency-access"))));
        mvc.perform(get("/persons/emergency-access").with(signedIn.as("pharmacist"))
                        .param("familyName", family).param("birthDate", "07/06/1975"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("yyyy-mm-dd")));
        mvc.perform(get("/persons/emergency-access").with(signedIn.as("admin"))
                .param("familyName", family).param("birthDate", "1975-06-07")).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("a care-team member is sent to the record instead of breaking the glass")
    void teamMemberNeedsNoGlass() throws Exception {
        long person = register(unique("Umber"));
        mvc.perform(post("/persons/" + person + "/emergency-access").with(signedIn.as("prescriber")).with(csrf())
                        .param("reason", REASON))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("you are on this person&#39;s care team")));
    }

    private long register(String family) throws Exception {
        String created = mvc.perform(post("/api/persons").with(signedIn.as("prescriber"))
                        .contentType(MediaType.APPLICATION_JSON).content(details(family).toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asLong();
    }

    private com.fasterxml.jackson.databind.node.ObjectNode details(String family) {
        return json.createObjectNode().put("legalGivenName", "Emery").put("legalFamilyName", family)
                .put("birthDate", "1975-06-07").put("preferredLanguage", "English");
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
    }
}
