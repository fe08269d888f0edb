package org.medopt.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.HttpVisitor;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@MedOptIntegrationTest
@DisplayName("Forged requests and sessions")
class CsrfAndSessionIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    @Test
    @DisplayName("a page form sent without its CSRF token, or with another one, is refused and saves nothing; with its token it saves")
    void formNeedsItsToken() throws Exception {
        String family = "Forged-" + UUID.randomUUID();
        mvc.perform(registration(family)).andExpect(status().isForbidden());
        mvc.perform(registration(family).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        assertThat(registered(family)).isZero();

        mvc.perform(registration(family).with(csrf())).andExpect(redirectedUrlPattern("/persons/*"));
        assertThat(registered(family)).isEqualTo(1);
    }

    @Test
    @DisplayName("signing in without the sign-in page's CSRF token is refused, so no one can sign a browser into their own account")
    void signInNeedsItsToken() throws Exception {
        mvc.perform(post("/signin").param("username", "prescriber").param("password", "demo-password"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    @DisplayName("the session cookie a browser gets on signing in is Secure, HttpOnly and SameSite=Strict")
    void sessionCookie() throws Exception {
        HttpVisitor browser = new HttpVisitor(port);
        HttpResponse<String> signedIn = browser.signIn("prescriber");

        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(home -> assertThat(home).doesNotContain("error"));
        assertThat(signedIn.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("; Secure", "; HttpOnly", "; SameSite=Strict"));
        assertThat(browser.get("/caseload").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("the API keeps no session and sets no cookie, whether it answers, creates, or refuses")
    void apiKeepsNoSession() throws Exception {
        long larchmont = jdbc.sql("select id from person where legal_family_name = 'Larchmont'").query(Long.class).single();
        String person = "{\"legalGivenName\":\"Ann\",\"legalFamilyName\":\"Stateless-" + UUID.randomUUID()
                + "\",\"birthDate\":\"1990-01-01\",\"preferredLanguage\":\"English\"}";
        HttpVisitor client = new HttpVisitor(port);

        List<HttpResponse<String>> answers = List.of(
                client.send(client.api("/api/persons", "prescriber", "demo-password").GET()),
                client.send(client.api("/api/persons", "prescriber", "demo-password").header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString(person))),
                client.send(client.api("/api/persons", "prescriber", "wrong-password").GET()),
                client.send(client.api("/api/persons/" + larchmont, "prescriber2", "demo-password").GET()),
                client.send(client.api("/api/no-such-thing", "prescriber", "demo-password").GET()),
                client.send(client.request("/api/openapi").GET()));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 201, 401, 403, 404, 200);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.headers().allValues("Set-Cookie")).isEmpty());
    }

    private MockHttpServletRequestBuilder registration(String family) {
        return post("/persons/new").with(signedIn.as("prescriber")).param("legalGivenName", "Ann")
                .param("legalFamilyName", family).param("birthDate", "1990-01-01").param("preferredLanguage", "English")
                .param("submissionToken", UUID.randomUUID().toString());
    }

    private long registered(String family) {
        return jdbc.sql("select count(*) from person where legal_family_name = ?").param(family).query(Long.class).single();
    }
}
