package org.medopt.app.account;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@MedOptIntegrationTest
@DisplayName("Protective headers")
class SecurityHeadersIT {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource({"anonymous, /signin", "prescriber, /caseload", "person, /portal", "admin, /admin", "prescriber, /api/persons",
            "anonymous, /api/openapi", "anonymous, /css/medopt.css"})
    @DisplayName("pages, the API and the app's files allow only the app's own script and style, and no framing, "
            + "content sniffing, referrer to other sites, camera, microphone or location")
    void protectiveHeaders(String username, String path) throws Exception {
        mvc.perform(as(username, get(path)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", "camera=(), microphone=(), geolocation=()"))
                .andExpect(header().string("Cross-Origin-Opener-Policy", "same-origin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/signin", "/api/openapi"})
    @DisplayName("only an answer that came over HTTPS tells the browser to insist on HTTPS from then on")
    void strictTransportSecurityOnlyOverTls(String path) throws Exception {
        mvc.perform(get(path).secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get(path)).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/persons/{id}", "/persons/{id}/edit", "/api/persons/{id}", "/api/persons/{id}/medications"})
    @DisplayName("a person's record, on a page or from the API, is never kept by the browser or a proxy")
    void recordsAreNotStored(String path) throws Exception {
        long id = jdbc.sql("select id from person where legal_family_name = 'Larchmont'").query(Long.class).single();
        mvc.perform(get(path.replace("{id}", String.valueOf(id))).with(signedIn.as("prescriber")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("Pragma", "no-cache"))
                .andExpect(header().string("Expires", "0"));
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return username.equals("anonymous") ? request : request.with(signedIn.as(username));
    }
}
