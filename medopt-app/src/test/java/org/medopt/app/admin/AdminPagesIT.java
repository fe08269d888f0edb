package org.medopt.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@MedOptIntegrationTest
@DisplayName("Administration pages")
class AdminPagesIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    @Test
    @DisplayName("the administrator sees accounts and persons, but cannot open a clinical record")
    void homeWithoutClinicalAccess() throws Exception {
        mvc.perform(get("/admin").with(signedIn.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("prescriber2"), containsString("Dan Larchmont"))));
        mvc.perform(get("/persons/" + person("Larchmont")).with(signedIn.as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(signedIn.as("prescriber"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("opens an account with a hashed password, and refuses a taken username at the field")
    void opensAccount() throws Exception {
        String username = "nurse-" + UUID.randomUUID().toString().substring(0, 8);
        var open = post("/admin/accounts").with(signedIn.as("admin")).with(csrf()).param("username", username)
                .param("displayName", "Nina Nurse").param("role", "CARE_MANAGER").param("password", "a long enough secret");
        mvc.perform(open).andExpect(redirectedUrl("/admin?opened"));
        mvc.perform(open).andExpect(status().isOk()).andExpect(content().string(containsString("is already taken")));

        String hash = jdbc.sql("select password_hash from user_account where username = ?").param(username)
                .query(String.class).single();
        assertThat(hash).startsWith("$argon2id$").doesNotContain("a long enough secret");
    }

    @Test
    @DisplayName("puts a staff member on a care team, which opens the record to them, and ends it with a reason")
    void managesTeam() throws Exception {
        long person = person("Yarrow");
        long pharmacist = jdbc.sql("select id from user_account where username = 'pharmacist'").query(Long.class).single();
        mvc.perform(get("/persons/" + person).with(signedIn.as("pharmacist"))).andExpect(status().isForbidden());

        mvc.perform(post("/admin/persons/" + person + "/team").with(signedIn.as("admin")).with(csrf())
                .param("accountId", String.valueOf(pharmacist))).andExpect(redirectedUrl("/admin/persons/" + person + "/team"));
        mvc.perform(get("/persons/" + person).with(signedIn.as("pharmacist"))).andExpect(status().isOk());

        long member = jdbc.sql("select id from care_team_member where person_id = ? and account_id = ? and left_at is null")
                .params(person, pharmacist).query(Long.class).single();
        mvc.perform(post("/admin/persons/" + person + "/team/" + member + "/end").with(signedIn.as("admin")).with(csrf())
                .param("reason", "Moved to another clinic"));
        mvc.perform(get("/persons/" + person).with(signedIn.as("pharmacist"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select left_reason from care_team_member where id = ?").param(member).query(String.class).single())
                .isEqualTo("Moved to another clinic");
    }

    @Test
    @DisplayName("opens one portal account per person, recorded in that person's access log")
    void opensPortalAccount() throws Exception {
        long person = person("Thornbury");
        String username = "kevin-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(get("/admin/persons/" + person + "/team").with(signedIn.as("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Portal account")));

        mvc.perform(post("/admin/persons/" + person + "/portal-account").with(signedIn.as("admin")).with(csrf())
                        .param("username", username).param("password", "a long enough secret"))
                .andExpect(redirectedUrl("/admin/persons/" + person + "/team"));
        mvc.perform(post("/admin/persons/" + person + "/portal-account").with(signedIn.as("admin")).with(csrf())
                        .param("username", username + "x").param("password", "a long enough secret"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("this person already has a portal account")));

        long account = jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
        assertThat(jdbc.sql("select username from audit_event where person_id = ? and resource = ?")
                .params(person, "portal-account/" + account).query(String.class).list()).containsExactly("admin");
    }

    @Test
    @DisplayName("the general account form opens staff accounts only")
    void staffAccountsOnly() throws Exception {
        mvc.perform(post("/admin/accounts").with(signedIn.as("admin")).with(csrf()).param("username", "sneaky-person")
                        .param("displayName", "Someone").param("role", "PERSON").param("password", "a long enough secret"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("open a person&#39;s portal account from their care-team page")));
    }

    @Test
    @DisplayName("a staff member already on a team is not added twice, and the addition is audited once")
    void noDuplicateMembership() throws Exception {
        long person = person("Larchmont");
        long pharmacist = jdbc.sql("select id from user_account where username = 'pharmacist'").query(Long.class).single();

        mvc.perform(post("/admin/persons/" + person + "/team").with(signedIn.as("admin")).with(csrf())
                        .param("accountId", String.valueOf(pharmacist)))
                .andExpect(flash().attribute("problem", "Pat Pharmacist is already on this care team"));
        assertThat(jdbc.sql("select count(*) from care_team_member where person_id = ? and account_id = ? and left_at is null")
                .params(person, pharmacist).query(Long.class).single()).isEqualTo(1);
    }

    private long person(String family) {
        return jdbc.sql("select id from person where legal_family_name = ?").param(family).query(Long.class).single();
    }
}
