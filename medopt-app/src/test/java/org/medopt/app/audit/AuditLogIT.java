package org.medopt.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
@DisplayName("Audit log")
class AuditLogIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @Autowired AuditChainVerifier verifier;
    @Autowired VerifyAuditCommand command;

    @Test
    @DisplayName("a care-team member's read records who, role, when in UTC, which record, what, why, the outcome and from where")
    void readRecorded() throws Exception {
        long person = register();
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        mvc.perform(get("/persons/" + person).with(signedIn.as("prescriber")).with(request -> {
            request.setRemoteAddr("10.1.2.3");
            return request;
        })).andExpect(status().isOk());

        AuditEvent read = events(person).stream().filter(e -> e.resource().equals("person") && e.action().equals("read"))
                .reduce((earlier, later) -> later).orElseThrow();
        assertThat(read.username()).isEqualTo("prescriber");
        assertThat(read.role()).isEqualTo("prescriber");
        assertThat(read.purpose()).isEqualTo("treatment");
        assertThat(read.outcome()).isEqualTo("success");
        assertThat(read.clientAddress()).isEqualTo("10.1.2.3");
        assertThat(read.occurredAt()).isAfter(before).isBefore(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1));
        assertThat(read.occurredAt().getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    @DisplayName("a refused attempt to open a record is kept, though the refused request changed nothing")
    void refusalRecorded() throws Exception {
        long person = register();
        mvc.perform(get("/persons/" + person).with(signedIn.as("prescriber2"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/persons/" + person).with(signedIn.as("peer"))).andExpect(status().isForbidden());

        assertThat(events(person)).filteredOn(e -> e.outcome().equals("denied"))
                .extracting(e -> e.username() + " " + e.action() + " " + e.resource())
                .containsExactly("prescriber2 read record/read", "peer read record/read");
    }

    @Test
    @DisplayName("every sign-in attempt is recorded, successful or not, on the sign-in page and on the API")
    void signInsRecorded() throws Exception {
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(formLogin("/signin").user("pharmacist").password("demo-password"));
        mvc.perform(formLogin("/signin").user("pharmacist").password("not the password"));
        mvc.perform(formLogin("/signin").user(stranger).password("anything at all"));
        mvc.perform(get("/api/persons").with(httpBasic("caremanager", "wrong password"))).andExpect(status().isUnauthorized());

        assertThat(signIns("pharmacist")).contains("success password pharmacist", "failed password none");
        assertThat(signIns(stranger)).containsExactly("failed password none");
        assertThat(signIns("caremanager")).contains("failed api none");
    }

    @Test
    @DisplayName("the application's own connection cannot change, delete or truncate audit events")
    void appendOnly() {
        long before = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set username = 'x' where sequence = 1").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where sequence = 1").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate table audit_event").update()).isNotNull();
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isGreaterThanOrEqualTo(before);
    }

    @Test
    @DisplayName("after real use the chain verifies intact, on the admin page and from the command line")
    void chainIntact() throws Exception {
        long person = register();
        mvc.perform(get("/persons/" + person).with(signedIn.as("prescriber"))).andExpect(status().isOk());
        assertThat(verifier.verify().intact()).isTrue();

        var shown = mvc.perform(post("/admin/audit/verify").with(signedIn.as("admin")).with(csrf()))
                .andReturn().getFlashMap().get("verdict");
        assertThat(shown).isInstanceOfSatisfying(ChainVerdict.class, verdict -> assertThat(verdict.intact()).isTrue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Audit chain intact:");
    }

    @Test
    @DisplayName("the administrator's report filters by user, record and outcome, sorts either way, and is itself audited")
    void report() throws Exception {
        long person = register();
        mvc.perform(get("/persons/" + person).with(signedIn.as("prescriber2"))).andExpect(status().isForbidden());

        mvc.perform(get("/admin/audit").with(signedIn.as("admin")).param("personId", Long.toString(person))
                        .param("outcome", "denied"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("prescriber2"), containsString("record/read"),
                        not(containsString("<td>success</td>")))));
        mvc.perform(get("/admin/audit").with(signedIn.as("admin")).param("personId", Long.toString(person))
                        .param("oldestFirst", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>create</td>")));
        mvc.perform(get("/admin/audit").with(signedIn.as("prescriber"))).andExpect(status().isForbidden());

        assertThat(jdbc.sql("select count(*) from audit_event where username = 'admin' and resource = 'audit-report'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("the report shows events in the order asked for")
    void reportOrder() throws Exception {
        long person = register();
        mvc.perform(get("/persons/" + person).with(signedIn.as("prescriber"))).andExpect(status().isOk());
        String newestFirst = mvc.perform(get("/admin/audit").with(signedIn.as("admin"))
                .param("personId", Long.toString(person))).andReturn().getResponse().getContentAsString();
        String oldestFirst = mvc.perform(get("/admin/audit").with(signedIn.as("admin"))
                .param("personId", Long.toString(person)).param("oldestFirst", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(newestFirst.indexOf("<td>read</td>")).isLessThan(newestFirst.indexOf("<td>create</td>"));
        assertThat(oldestFirst.indexOf("<td>create</td>")).isLessThan(oldestFirst.indexOf("<td>read</td>"));
    }

    private List<AuditEvent> events(long person) {
        return jdbc.sql("""
                        select sequence, occurred_at, username, role, person_id, action, resource, purpose, outcome,
                        client_address, previous_hash, hash from audit_event where person_id = ? order by sequence""")
                .param(person)
                .query((rs, n) -> new AuditEvent(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getObject(5, Long.class), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)))
                .list();
    }

    private List<String> signIns(String username) {
        return jdbc.sql("select outcome || ' ' || resource || ' ' || role from audit_event "
                        + "where action = 'sign-in' and username = ? order by sequence")
                .param(username).query(String.class).list();
    }

    private long register() throws Exception {
        String body = json.createObjectNode().put("legalGivenName", "Audit").put("legalFamilyName", "Trail")
                .put("birthDate", "1980-02-03").put("preferredLanguage", "English").toString();
        String created = mvc.perform(post("/api/persons").with(signedIn.as("prescriber"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asLong();
    }
}
