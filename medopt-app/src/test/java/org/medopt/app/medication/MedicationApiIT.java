package org.medopt.app.medication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
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
@DisplayName("REST /api/persons/{id}/medications")
class MedicationApiIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    long personId;

    /** Each test works on a person of its own, registered by the demo prescriber. */
    @BeforeEach
    void registerPerson() throws Exception {
        String body = json.createObjectNode().put("legalGivenName", "Med").put("legalFamilyName", "Test-" + UUID.randomUUID())
                .put("birthDate", "1985-06-15").put("preferredLanguage", "English").toString();
        String created = mvc.perform(post("/api/persons").with(signedIn.as("prescriber"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getContentAsString();
        personId = json.readTree(created).get("id").asLong();
    }

    @Test
    @DisplayName("resolves a catalog name to its RxNorm ingredient code and lists the entry as current")
    void resolvesCatalogDrug() throws Exception {
        add("prescriber", entry("Sertraline")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.rxcui").value("36437"))
                .andExpect(jsonPath("$.drugName").value("sertraline"));

        mvc.perform(get(base()).with(signedIn.as("prescriber")))
                .andExpect(jsonPath("$.current[*].drugName", hasItem("sertraline")));
    }

    @Test
    @DisplayName("keeps a name the catalog does not know as free text without a code")
    void keepsFreeText() throws Exception {
        add("prescriber", entry("Grandma's tonic").put("kind", "herbal").put("source", "reported-by-person"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rxcui").doesNotExist())
                .andExpect(jsonPath("$.drugName").value("Grandma's tonic"));
    }

    @Nested
    @DisplayName("refuses with problem details naming the field, saving nothing,")
    class RefusesBadInput {

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', value = {
            "dose     | 0        | the dose must be more than zero",
            "dose     | -5       | the dose must be more than zero",
            "doseUnit | mgg      | unknown unit; use one of mg, mcg, g, mL, tablet, capsule, drop, puff, patch, IU, unit",
            "route    | orally   | unknown route; use one of oral, sublingual, transdermal, intramuscular, subcutaneous, intravenous, nasal, inhaled, topical, rectal",
            "kind     | vitamin  | unknown kind; use one of prescription, over-the-counter, herbal, supplement",
            "rxcui    | 99999999 | RxNorm code 99999999 is not in the drug catalog; leave it empty and give the name instead"
        })
        void badField(String field, String value, String message) throws Exception {
            add("prescriber", entry("sertraline").put(field, value))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value(field))
                    .andExpect(jsonPath("$.errors[0].message").value(message));
            assertThat(entries()).isZero();
        }

        @Test
        @DisplayName("a stop date before the start date")
        void stopBeforeStart() throws Exception {
            add("prescriber", entry("sertraline").put("startDate", "2026-05-01").put("stopDate", "2026-04-30")
                    .put("stopReason", "side effects"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("stopDate"))
                    .andExpect(jsonPath("$.errors[0].message").value("the stop date cannot be before the start date"));
            assertThat(entries()).isZero();
        }

        @Test
        @DisplayName("the same submission twice: saved once, then 409")
        void duplicateSubmission() throws Exception {
            ObjectNode once = entry("sertraline").put("submissionToken", UUID.randomUUID().toString());
            add("prescriber", once).andExpect(status().isCreated());
            add("prescriber", once).andExpect(status().isConflict());
            assertThat(entries()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("keeps every change as a revision with who, when and why; a stale version is refused")
    void keepsHistory() throws Exception {
        long id = idOf(add("prescriber", entry("sertraline")));
        ObjectNode stop = entry("sertraline").put("stopDate", "2026-11-01").put("stopReason", "the person chose to stop")
                .put("version", 0);

        mvc.perform(put(base() + "/" + id).with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                        .content(stop.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("changeReason"));
        mvc.perform(put(base() + "/" + id).with(signedIn.as("pharmacist")).contentType(MediaType.APPLICATION_JSON)
                .content(stop.put("changeReason", "Stopped with the person").toString()))
                .andExpect(status().isForbidden());
        mvc.perform(put(base() + "/" + id).with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                        .content(stop.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stopReason").value("the person chose to stop"));
        mvc.perform(put(base() + "/" + id).with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                .content(stop.toString())).andExpect(status().isConflict());

        mvc.perform(get(base() + "/" + id + "/history").with(signedIn.as("prescriber")))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].changeReason").value("Stopped with the person"))
                .andExpect(jsonPath("$[0].changedBy").value("prescriber"))
                .andExpect(jsonPath("$[0].state.stopDate").value("2026-11-01"))
                .andExpect(jsonPath("$[1].changeReason").value("Added"))
                .andExpect(jsonPath("$[1].state.stopDate").doesNotExist());
        mvc.perform(get(base()).with(signedIn.as("prescriber")))
                .andExpect(jsonPath("$.past[0].id").value(id));
    }

    @Test
    @DisplayName("staff not on the care team can neither read nor add")
    void otherTeamDenied() throws Exception {
        mvc.perform(get(base()).with(signedIn.as("prescriber2"))).andExpect(status().isForbidden());
        add("prescriber2", entry("sertraline")).andExpect(status().isForbidden());
        assertThat(entries()).isZero();
    }

    @Test
    @DisplayName("adding, reading the record, an entry and its history, and changing it are each audited with who and role")
    void audited() throws Exception {
        long id = idOf(add("prescriber", entry("sertraline")));
        mvc.perform(get(base()).with(signedIn.as("prescriber"))).andExpect(status().isOk());
        mvc.perform(get(base() + "/" + id).with(signedIn.as("prescriber"))).andExpect(status().isOk());
        mvc.perform(get(base() + "/" + id + "/history").with(signedIn.as("prescriber"))).andExpect(status().isOk());
        mvc.perform(put(base() + "/" + id).with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                .content(entry("sertraline").put("dose", 75).put("version", 0).put("changeReason", "titration").toString()))
                .andExpect(status().isOk());

        var actions = jdbc.sql("select action || ' ' || resource || ' ' || username || ' ' || role from audit_event "
                + "where person_id = ? order by id").param(personId).query(String.class).list();
        assertThat(actions).contains(
                "create medication-entry/" + id + " prescriber prescriber",
                "read medication-record prescriber prescriber",
                "read medication-entry/" + id + " prescriber prescriber",
                "read medication-entry/" + id + "/history prescriber prescriber",
                "update medication-entry/" + id + " prescriber prescriber");
    }

    @Test
    @DisplayName("a staff change keeps the person's own words as the person wrote them")
    void staffChangeKeepsOwnWords() throws Exception {
        long id = idOf(add("prescriber", entry("sertraline").put("personExperience", "calmer, but sleepy")));
        mvc.perform(put(base() + "/" + id).with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                        .content(entry("sertraline").put("personExperience", "all fine").put("version", 0)
                                .put("changeReason", "dose check").toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personExperience").value("calmer, but sleepy"));
    }

    @Test
    @DisplayName("the history of an entry that does not exist is 'not found', not an empty list")
    void historyOfMissingEntry() throws Exception {
        mvc.perform(get(base() + "/987654321/history").with(signedIn.as("prescriber")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private ResultActions add(String username, ObjectNode body) throws Exception {
        return mvc.perform(post(base()).with(signedIn.as(username)).contentType(MediaType.APPLICATION_JSON)
                .content(body.toString()));
    }

    private long idOf(ResultActions created) throws Exception {
        return json.readTree(created.andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private ObjectNode entry(String drugName) {
        return json.createObjectNode().put("kind", "prescription").put("drugName", drugName).put("dose", 50)
                .put("doseUnit", "mg").put("route", "oral").put("frequency", "once daily").put("source", "prescribed-here");
    }

    private String base() {
        return "/api/persons/" + personId + "/medications";
    }

    private long entries() {
        return jdbc.sql("select count(*) from medication_entry where person_id = ?").param(personId).query(Long.class).single();
    }
}
