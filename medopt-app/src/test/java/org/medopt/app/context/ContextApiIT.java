package org.medopt.app.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@MedOptIntegrationTest
@DisplayName("REST /api/persons/{id}/context, conditions and observations")
class ContextApiIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    long personId;

    @BeforeEach
    void registerPerson() throws Exception {
        String body = json.createObjectNode().put("legalGivenName", "Api").put("legalFamilyName", "Context-" + UUID.randomUUID())
                .put("birthDate", "1999-09-09").put("preferredLanguage", "English").toString();
        String created = mvc.perform(post("/api/persons").with(signedIn.as("prescriber"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString();
        personId = json.readTree(created).get("id").asLong();
    }

    @Test
    @DisplayName("adds a SNOMED CT condition and answers 201 with where to find it, in codes as sent")
    void addsCondition() throws Exception {
        send(post(base() + "/conditions"), json.createObjectNode().put("system", "snomed-ct").put("code", "84757009")
                .put("display", "Epilepsy"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(base() + "/conditions/")))
                .andExpect(jsonPath("$.system").value("snomed-ct"))
                .andExpect(jsonPath("$.status").value("active"))
                .andExpect(jsonPath("$.recordedBy").value("prescriber"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "system | loinc    | unknown code system; use one of icd-10-cm, snomed-ct",
        "code   | 84757008 | this SNOMED CT code has a wrong check digit; check for a typing slip",
        "code   | 12       | a SNOMED CT code is 6 to 18 digits, e.g. 13746004"
    })
    @DisplayName("refuses a condition with problem details naming the field, saving nothing")
    void refusesBadCondition(String field, String value, String message) throws Exception {
        send(post(base() + "/conditions"), json.createObjectNode().put("system", "snomed-ct").put("code", "84757009")
                .put("display", "Epilepsy").put(field, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(message));
        assertThat(jdbc.sql("select count(*) from health_condition where person_id = ?").param(personId)
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("refuses a result dated in the future at its date, and a negative value at the value")
    void refusesBadObservation() throws Exception {
        send(post(base() + "/observations"), observation().put("effectiveDate", "2999-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveDate"))
                .andExpect(jsonPath("$.errors[0].message").value("the date cannot be in the future"));
        send(post(base() + "/observations"), observation().put("value", -1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("value"));
    }

    @Test
    @DisplayName("records a result, then marks it entered in error once; a second time is refused with 409")
    void retractsOnce() throws Exception {
        String created = send(post(base() + "/observations"), observation()).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("final")).andExpect(jsonPath("$.value").value(0.7))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        ObjectNode retraction = json.createObjectNode().put("reason", "Hemolysed sample");

        send(post(base() + "/observations/" + id + "/retraction"), retraction)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("entered-in-error"))
                .andExpect(jsonPath("$.closeReason").value("Hemolysed sample"));
        send(post(base() + "/observations/" + id + "/retraction"), retraction).andExpect(status().isConflict());
    }

    @Test
    @DisplayName("records sex and pregnancy, then lists them with every condition and result; the person reads their own")
    void readsWholeContext() throws Exception {
        send(put(base() + "/context/status"), json.createObjectNode().put("sex", "female").put("pregnancy", "pregnant")
                .put("version", 0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sex").value("female")).andExpect(jsonPath("$.pregnancy").value("pregnant"));
        send(post(base() + "/observations"), observation()).andExpect(status().isCreated());

        mvc.perform(get(base() + "/context").with(signedIn.as("prescriber")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status.revision").value(1))
                .andExpect(jsonPath("$.observations[0].code").value("14334-7"));
        mvc.perform(get("/api/persons/" + ownRecordOf("person") + "/context").with(signedIn.as("person")))
                .andExpect(status().isOk());
    }

    @Test
    @DisplayName("a stale status revision is refused with 409, an unknown sex with 400 naming the allowed codes")
    void statusProblems() throws Exception {
        send(put(base() + "/context/status"), json.createObjectNode().put("sex", "male").put("pregnancy", "unknown")
                .put("version", 3)).andExpect(status().isConflict());
        send(put(base() + "/context/status"), json.createObjectNode().put("sex", "f").put("pregnancy", "unknown")
                .put("version", 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("unknown sex; use one of female, male, other, unknown"));
    }

    private ObjectNode observation() {
        return json.createObjectNode().put("code", "14334-7").put("display", "Lithium").put("value", 0.7)
                .put("unit", "mmol/L").put("effectiveDate", "2026-01-05");
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            ObjectNode body) throws Exception {
        return mvc.perform(request.with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                .content(body.toString()));
    }

    private long ownRecordOf(String username) {
        return jdbc.sql("select person_id from user_account where username = ?").param(username).query(Long.class).single();
    }

    private String base() {
        return "/api/persons/" + personId;
    }
}
