package org.medopt.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.OneTimeCodes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@MedOptIntegrationTest
@DisplayName("Two-factor sign-in")
class SecondFactorIT {

    private static final String PASSWORD = "correct horse battery";
    private static final String SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired TwoFactorService twoFactor;

    @Test
    @DisplayName("staff without an authenticator must set one up before any page opens")
    void staffMustEnroll() throws Exception {
        String username = account(Role.PHARMACIST, false);
        MockHttpSession session = password(username, "/signin/enroll");
        mvc.perform(get("/caseload").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/account/password").session(session)).andExpect(status().isForbidden());

        String page = mvc.perform(get("/signin/enroll").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data:image/png;base64,")))
                .andReturn().getResponse().getContentAsString();
        String secret = page.replaceAll("(?s).*<code class=\"secret\">([A-Z2-7]+)</code>.*", "$1");
        mvc.perform(post("/signin/enroll").session(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("that code does not match")));
        mvc.perform(post("/signin/enroll").session(session).with(csrf())
                .param("code", OneTimeCodes.nextFor(username, secret))).andExpect(redirectedUrl("/"));
        mvc.perform(get("/caseload").session(session)).andExpect(status().isOk());
    }

    @Test
    @DisplayName("the code is asked after the password; a wrong code is refused and audited, a used one is not taken twice")
    void codeAfterPassword() throws Exception {
        String username = account(Role.PRESCRIBER, true);
        MockHttpSession session = password(username, "/signin/code");
        mvc.perform(get("/caseload").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/signin/code").session(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("That code is not right")));
        String code = OneTimeCodes.nextFor(username, SECRET);
        mvc.perform(post("/signin/code").session(session).with(csrf()).param("code", code)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/caseload").session(session)).andExpect(status().isOk());

        MockHttpSession replay = password(username, "/signin/code");
        mvc.perform(post("/signin/code").session(replay).with(csrf()).param("code", code))
                .andExpect(content().string(containsString("was used already")));
        assertThat(jdbc.sql("select outcome from audit_event where username = ? and resource = 'second-factor' order by sequence")
                .param(username).query(String.class).list()).containsExactly("failed", "success", "failed");
    }

    @Test
    @DisplayName("five wrong codes in a row lock the account, as five wrong passwords do")
    void wrongCodesLock() throws Exception {
        String username = account(Role.CARE_MANAGER, true);
        MockHttpSession session = password(username, "/signin/code");
        for (int attempt = 0; attempt < 4; attempt++) {
            mvc.perform(post("/signin/code").session(session).with(csrf()).param("code", "000000")).andExpect(status().isOk());
        }
        mvc.perform(post("/signin/code").session(session).with(csrf()).param("code", "000000"))
                .andExpect(redirectedUrl("/signin?error"));
        assertThat(accounts.locked(username)).isTrue();
    }

    @Test
    @DisplayName("a person served signs in with a password alone until they choose an authenticator, which needs their password")
    void personChooses() throws Exception {
        String username = account(Role.PERSON, false);
        MockHttpSession session = password(username, "/");
        String page = mvc.perform(get("/account/two-factor").session(session)).andReturn().getResponse().getContentAsString();
        String secret = page.replaceAll("(?s).*<code class=\"secret\">([A-Z2-7]+)</code>.*", "$1");

        mvc.perform(post("/account/two-factor").session(session).with(csrf()).param("currentPassword", "wrong password")
                        .param("code", OneTimeCodes.codeFor(secret, Instant.now().getEpochSecond() / 30)))
                .andExpect(content().string(containsString("that is not your current password")));
        mvc.perform(post("/account/two-factor").session(session).with(csrf()).param("currentPassword", PASSWORD)
                .param("code", OneTimeCodes.nextFor(username, secret))).andExpect(redirectedUrl("/account/two-factor"));
        password(username, "/signin/code");

        mvc.perform(post("/account/two-factor/off").session(session).with(csrf()).param("currentPassword", PASSWORD))
                .andExpect(redirectedUrl("/account/two-factor"));
        password(username, "/");
    }

    @Test
    @DisplayName("staff cannot turn two-factor sign-in off")
    void staffKeepIt() throws Exception {
        String username = account(Role.PEER_SUPPORT, true);
        MockHttpSession session = password(username, "/signin/code");
        mvc.perform(post("/signin/code").session(session).with(csrf()).param("code", OneTimeCodes.nextFor(username, SECRET)));
        mvc.perform(post("/account/two-factor/off").session(session).with(csrf()).param("currentPassword", PASSWORD))
                .andExpect(content().string(containsString("staff accounts must keep two-factor sign-in")));
        assertThat(twoFactor.stateOf(username).enrolled()).isTrue();
    }

    @Test
    @DisplayName("an API call with a staff password alone is refused; with the current code in its header it is answered")
    void apiNeedsCode() throws Exception {
        String username = account(Role.PRESCRIBER, true);
        mvc.perform(get("/api/persons").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(containsString("X-MedOpt-TOTP")));
        mvc.perform(get("/api/persons").with(httpBasic(username, PASSWORD))
                        .header("X-MedOpt-TOTP", OneTimeCodes.codeFor(SECRET, Instant.now().getEpochSecond() / 30)))
                .andExpect(status().isOk());
    }

    private MockHttpSession password(String username, String next) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/signin").user(username).password(PASSWORD))
                .andExpect(redirectedUrl(next)).andReturn().getRequest().getSession();
    }

    private String account(Role role, boolean enrolled) {
        String username = role.code() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Long person = role == Role.PERSON ? newPerson() : null;
        long id = accounts.openAsSystem(new NewAccount(username, PASSWORD, role, "Two Factor", person));
        if (enrolled) {
            twoFactor.enrollAsSystem(id, SECRET);
        }
        return username;
    }

    private long newPerson() {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into person (legal_given_name, legal_family_name, birth_date, preferred_language, version,
                    created_at, created_by, updated_at, updated_by)
                values ('Two', 'Factor', date '1990-01-01', 'English', 0, current_timestamp, 'test', current_timestamp, 'test')""")
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
