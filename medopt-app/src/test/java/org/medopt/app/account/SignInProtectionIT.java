package org.medopt.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.OneTimeCodes;
import org.medopt.app.TestSupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@MedOptIntegrationTest
@DisplayName("Sign-in protection and sessions")
class SignInProtectionIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired TwoFactorService twoFactor;
    @Autowired SignInSettings settings;
    @Autowired ServerProperties server;

    @Test
    @DisplayName("five wrong passwords in a row lock the account for 15 minutes, even against the right password")
    void lockout() throws Exception {
        String username = newAccount();
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/signin").user(username).password("wrong guess " + attempt))
                    .andExpect(redirectedUrl("/signin?error"));
        }
        mvc.perform(formLogin("/signin").user(username).password(PASSWORD)).andExpect(redirectedUrl("/signin?error"));
        mvc.perform(get("/api/persons").with(httpBasic(username, PASSWORD))).andExpect(status().isUnauthorized());
        OffsetDateTime lockedUntil = jdbc.sql("select locked_until from user_account where username = ?").param(username)
                .query(OffsetDateTime.class).single();
        assertThat(Duration.between(OffsetDateTime.now(), lockedUntil)).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));

        jdbc.sql("update user_account set locked_until = ? where username = ?")
                .params(OffsetDateTime.now().minusSeconds(1), username).update();
        mvc.perform(formLogin("/signin").user(username).password(PASSWORD)).andExpect(redirectedUrl("/signin/code"));
    }

    @Test
    @DisplayName("four wrong passwords, then the right one, start the count again")
    void successResetsCount() throws Exception {
        String username = newAccount();
        for (int round = 0; round < 2; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                mvc.perform(formLogin("/signin").user(username).password("wrong"));
            }
            mvc.perform(formLogin("/signin").user(username).password(PASSWORD)).andExpect(redirectedUrl("/signin/code"));
        }
    }

    @Test
    @DisplayName("the failure message is the same for a wrong password and an unknown username")
    void noUsernameEnumeration() throws Exception {
        mvc.perform(get("/signin").param("error", ""))
                .andExpect(content().string(containsString("do not match an account, or the account is locked or disabled")))
                .andExpect(content().string(containsString("After 5 wrong passwords in a row an account is locked for 15 minutes")));
    }

    @Test
    @DisplayName("signing in gives the browser a new session id")
    void newSessionId() throws Exception {
        String username = newAccount();
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();
        var signedInSession = mvc.perform(post("/signin").session(before).with(csrf()).param("username", username)
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("/signin/code")).andReturn().getRequest().getSession();
        assertThat(signedInSession.getId()).isNotEqualTo(idBefore);
    }

    @Test
    @DisplayName("sessions end after 15 idle minutes and at most 8 hours after sign-in, both configurable")
    void timeouts() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(settings.sessionLifetime()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    @DisplayName("disabling an account signs it out of its open session at once")
    void disablingEndsSessions() throws Exception {
        String username = newAccount();
        MockHttpSession session = signIn(username, PASSWORD);
        mvc.perform(get("/caseload").session(session)).andExpect(status().isOk());

        long id = jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
        mvc.perform(post("/admin/accounts/" + id + "/enabled").param("enabled", "false")
                .with(signedIn.as("admin")).with(csrf())).andExpect(redirectedUrl("/admin"));

        mvc.perform(get("/caseload").session(session)).andExpect(redirectedUrl("/signin?expired"));
        mvc.perform(formLogin("/signin").user(username).password(PASSWORD)).andExpect(redirectedUrl("/signin?error"));
    }

    @Test
    @DisplayName("changing a password needs the current one, and signs out the account's other sessions")
    void passwordChange() throws Exception {
        String username = newAccount();
        MockHttpSession here = signIn(username, PASSWORD);
        MockHttpSession elsewhere = signIn(username, PASSWORD);

        mvc.perform(post("/account/password").session(here).with(csrf()).param("currentPassword", "not my password")
                        .param("newPassword", "a brand new passphrase").param("repeatedPassword", "a brand new passphrase"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("that is not your current password")));
        mvc.perform(post("/account/password").session(here).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "a brand new passphrase").param("repeatedPassword", "a different one!!"))
                .andExpect(content().string(containsString("the two new passwords differ")));
        mvc.perform(post("/account/password").session(here).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "a brand new passphrase").param("repeatedPassword", "a brand new passphrase"))
                .andExpect(redirectedUrl("/account/password?changed"));

        mvc.perform(get("/caseload").session(here)).andExpect(status().isOk());
        mvc.perform(get("/caseload").session(elsewhere)).andExpect(redirectedUrl("/signin?expired"));
        mvc.perform(formLogin("/signin").user(username).password(PASSWORD)).andExpect(redirectedUrl("/signin?error"));
        mvc.perform(formLogin("/signin").user(username).password("a brand new passphrase"))
                .andExpect(redirectedUrl("/signin/code"));
    }

    @Test
    @DisplayName("an administrator cannot disable their own account")
    void notOwnAccount() throws Exception {
        long admin = jdbc.sql("select id from user_account where username = 'admin'").query(Long.class).single();
        mvc.perform(post("/admin/accounts/" + admin + "/enabled").param("enabled", "false")
                .with(signedIn.as("admin")).with(csrf())).andExpect(redirectedUrl("/admin"));
        assertThat(jdbc.sql("select enabled from user_account where id = ?").param(admin).query(Boolean.class).single())
                .isTrue();
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/signin").user(username).password(password))
                .andExpect(redirectedUrl("/signin/code")).andReturn().getRequest().getSession();
        mvc.perform(post("/signin/code").session(session).with(csrf())
                .param("code", OneTimeCodes.nextFor(username, SECRET))).andExpect(redirectedUrl("/"));
        return session;
    }

    /** A care manager with an authenticator set up, so that each test can sign in all the way. */
    private String newAccount() {
        String username = "nurse-" + UUID.randomUUID().toString().substring(0, 8);
        twoFactor.enrollAsSystem(accounts.openAsSystem(new NewAccount(username, PASSWORD, Role.CARE_MANAGER,
                "Test Nurse", null)), SECRET);
        return username;
    }
}
