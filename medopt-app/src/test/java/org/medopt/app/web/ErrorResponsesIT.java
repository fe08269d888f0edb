package org.medopt.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medopt.app.HttpVisitor;
import org.medopt.app.MedOptIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Malformed, oversized, unknown and hostile input, sent over real HTTP so that the container's own error handling
 * is part of what is checked: a page gets MedOpt's error page or its form with messages, the API gets RFC 9457
 * problem details, and neither ever shows an exception, a stack trace or SQL.
 */
@MedOptIntegrationTest
@DisplayName("Answers to bad requests")
class ErrorResponsesIT {

    private static final String HOSTILE_SEARCH_PARAMETER =
            URLEncoder.encode("' OR '1'='1'; drop table person; --", StandardCharsets.UTF_8);
    private static final String HUGE = "x".repeat(100_000);
    private static final List<String> INTERNALS = List.of("Exception", "at org.", "java.", "jakarta.",
            "org.springframework", "org.h2", "org.postgresql", "SQL", "Whitelabel");
    private static final Pattern SQL_TEXT =
            Pattern.compile("(?i)\\bselect\\b[^<>]*\\bfrom\\b|\\binsert into\\b|\\bupdate \\w+ set\\b");
    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"[^\"]*\"");

    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    long larchmont;
    long persons;

    @BeforeEach
    void findRecords() {
        larchmont = jdbc.sql("select id from person where legal_family_name = 'Larchmont'").query(Long.class).single();
        persons = jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    @Nested
    @DisplayName("from pages")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Pages {

        HttpVisitor prescriber;

        /** Once for all: each real sign-in uses up a one-time code, and more than two a minute would wait for the next. */
        @BeforeAll
        void signIn() throws Exception {
            prescriber = new HttpVisitor(port);
            prescriber.signIn("prescriber");
        }

        @ParameterizedTest(name = "{0} → {1}")
        @CsvSource({"/persons/abc, 400", "/persons/99999999999999999999, 400", "/persons/{id}/medications/999999999, 404",
                "/persons/{id}/medications/abc/edit, 400", "/no-such-page, 404", "/persons/{id}/edit;jsessionid=1, 400"})
        @DisplayName("an address that is malformed or names no record gets MedOpt's own error page")
        void errorPage(String path, int status) throws Exception {
            HttpResponse<String> answer = prescriber.get(path.replace("{id}", String.valueOf(larchmont)));

            assertThat(answer.statusCode()).isEqualTo(status);
            assertThat(answer.body()).contains("· MedOpt</title>")
                    .containsAnyOf("<h1>Not found</h1>", "<h1>Something went wrong</h1>");
            assertThat(answer.headers().firstValue("Content-Security-Policy")).isPresent();
            assertShowsNoInternals(answer);
        }

        @Test
        @DisplayName("a registration with an unreadable date, a mistyped version and a huge name comes back with messages, and saves nothing")
        void malformedRegistration() throws Exception {
            prescriber.get("/persons/new");
            HttpResponse<String> answer = prescriber.post("/persons/new", Map.of("legalGivenName", HUGE,
                    "legalFamilyName", "Malformed", "birthDate", "31/02/1990", "preferredLanguage", "English",
                    "version", "1e400", "submissionToken", UUID.randomUUID().toString()));

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("Please correct the fields marked below", "enter a date as yyyy-mm-dd");
            assertShowsNoInternals(answer);
            assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(persons);
        }

        @ParameterizedTest
        @CsvSource({"abc, enter a number", "1e999999999, the dose is too large to be right"})
        @DisplayName("a medication with an unreadable or absurd dose comes back with a message at the dose")
        void malformedDose(String dose, String message) throws Exception {
            String page = "/persons/" + larchmont + "/medications/new";
            prescriber.get(page);
            HttpResponse<String> answer = prescriber.post(page, Map.of("kind", "prescription", "drugName", "sertraline",
                    "dose", dose, "doseUnit", "mg", "route", "oral", "frequency", "daily", "source", "prescribed-here",
                    "submissionToken", UUID.randomUUID().toString()));

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains(message);
            assertShowsNoInternals(answer);
        }

        @Test
        @DisplayName("a caseload search that looks like SQL injection is only a name that matches no one")
        void hostileSearch() throws Exception {
            HttpResponse<String> answer = prescriber.get("/caseload?q=" + HOSTILE_SEARCH_PARAMETER);

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("No one on your care teams matches that search.");
            assertShowsNoInternals(answer);
            assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(persons);
        }

        @Test
        @DisplayName("a reason for leaving a care team longer than can be kept is refused with a message, and the member stays")
        void hugeReason() throws Exception {
            long member = jdbc.sql("select min(id) from care_team_member where person_id = ? and left_at is null")
                    .param(larchmont).query(Long.class).single();
            HttpVisitor admin = new HttpVisitor(port);
            admin.signIn("admin");
            String team = "/admin/persons/" + larchmont + "/team";
            admin.get(team);

            HttpResponse<String> answer = admin.post(team + "/" + member + "/end", Map.of("reason", HUGE));

            assertThat(answer.statusCode()).isEqualTo(302);
            assertThat(admin.get(team).body()).contains("keep the reason to at most 300 characters");
            assertThat(jdbc.sql("select left_at is null from care_team_member where id = ?").param(member)
                    .query(Boolean.class).single()).isTrue();
        }
    }

    @Nested
    @DisplayName("from the API")
    class Api {

        final HttpVisitor client = new HttpVisitor(port);
        final ObjectMapper json = new ObjectMapper();

        @ParameterizedTest(name = "{0} {1} with {2} → {3}")
        @CsvSource(delimiter = '|', textBlock = """
                POST   | /api/persons                           | {"legalGivenName":                                 | 400
                POST   | /api/persons                           | [1, 2]                                             | 400
                POST   | /api/persons                           | {"birthDate": 12, "version": "abc"}                | 400
                POST   | /api/persons                           | {"legalGivenName": "Ann", "version": 1e400}        | 400
                POST   | /api/persons                           | {"legalGivenName": "HUGE", "legalFamilyName": "B"} | 400
                POST   | /api/persons/{id}/medications          | {"kind": "prescription", "dose": 1e999999999}      | 400
                GET    | /api/persons/abc                       |                                                    | 400
                GET    | /api/persons/99999999                  |                                                    | 403
                GET    | /api/persons/{id}/medications/99999999 |                                                    | 404
                DELETE | /api/persons/{id}                      |                                                    | 405
                GET    | /api/no-such-thing                     |                                                    | 404
                """)
        @DisplayName("a malformed, oversized, unknown or unsupported request gets problem details")
        void problemDetails(String method, String path, String body, int status) throws Exception {
            HttpRequest.BodyPublisher content = body == null ? BodyPublishers.noBody()
                    : BodyPublishers.ofString(body.replace("HUGE", HUGE));
            HttpResponse<String> answer = client.send(
                    client.api(path.replace("{id}", String.valueOf(larchmont)), "prescriber", "demo-password")
                            .header("Content-Type", "application/json").method(method, content));

            assertThat(answer.statusCode()).isEqualTo(status);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = json.readTree(answer.body());
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            assertThat(problem.path("title").asText()).isNotBlank();
            assertShowsNoInternals(answer);
        }

        @Test
        @DisplayName("a body that is not JSON gets problem details saying the type is not supported")
        void notJson() throws Exception {
            HttpResponse<String> answer = client.send(client.api("/api/persons", "prescriber", "demo-password")
                    .header("Content-Type", "application/xml").POST(BodyPublishers.ofString("<person/>")));

            assertThat(answer.statusCode()).isEqualTo(415);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertShowsNoInternals(answer);
        }

        @Test
        @DisplayName("a search that looks like SQL injection finds no one and changes nothing")
        void hostileSearch() throws Exception {
            HttpResponse<String> answer = client.send(
                    client.api("/api/persons?q=" + HOSTILE_SEARCH_PARAMETER, "prescriber", "demo-password").GET());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("[]");
            assertThat(jdbc.sql("select count(*) from person").query(Long.class).single()).isEqualTo(persons);
        }
    }

    /** The CSRF token in a page is random text that may spell anything, so it is left out of the search. */
    private static void assertShowsNoInternals(HttpResponse<String> answer) {
        String body = CSRF_TOKEN.matcher(answer.body()).replaceAll("");
        assertThat(body).doesNotContain(INTERNALS).doesNotContainPattern(SQL_TEXT);
    }
}
