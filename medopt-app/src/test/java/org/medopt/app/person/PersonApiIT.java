package org.medopt.app.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@MedOptIntegrationTest
@DisplayName("REST /api/persons")
class PersonApiIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;

    @Test
    @DisplayName("registers a person, derives the age group, and puts the registering prescriber on the care team")
    void registers() throws Exception {
        String family = unique("Quill");
        String body = person(family, LocalDate.now().minusYears(70).minusDays(3), UUID.randomUUID().toString());

        String created = mvc.perform(post("/api/persons").with(signedIn.as("prescriber"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/persons/")))
                .andExpect(jsonPath("$.age").value(70))
                .andExpect(jsonPath("$.ageGroup").value("older-adult"))
                .andReturn().getResponse().getContentAsString();

        long id = json.readTree(created).get("id").asLong();
        mvc.perform(get("/api/persons").param("q", family).with(signedIn.as("prescriber")))
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
        mvc.perform(get("/api/persons/" + id).with(signedIn.as("prescriber2"))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("finds persons on the caller's teams by date of birth")
    void searchesByBirthDate() throws Exception {
        LocalDate born = LocalDate.of(1931, 2, 3);
        long id = register(unique("Datum"), born);

        mvc.perform(get("/api/persons").param("q", "1931-02-03").with(signedIn.as("prescriber")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) id)))
                .andExpect(jsonPath("$[*].birthDate", not(hasItem("1931-02-04"))));
    }

    @Nested
    @DisplayName("refuses with problem details, saving nothing,")
    class RefusesBadInput {

        @Test
        @DisplayName("a date of birth in the future, naming the field")
        void futureBirthDate() throws Exception {
            String family = unique("Future");
            mvc.perform(post("/api/persons").with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                            .content(person(family, LocalDate.now().plusDays(1), null)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Invalid input"))
                    .andExpect(jsonPath("$.errors[0].field").value("birthDate"))
                    .andExpect(jsonPath("$.errors[0].message").value("the date of birth cannot be in the future"));
            assertThat(countFamily(family)).isZero();
        }

        @Test
        @DisplayName("a field of the wrong format, naming the field without parser internals")
        void unreadableBody() throws Exception {
            mvc.perform(post("/api/persons").with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"birthDate\": \"yesterday\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value("The request body is not valid JSON of the expected shape: "
                            + "the field 'birthDate' has the wrong type or format. Nothing was saved."));
        }

        @Test
        @DisplayName("the same submission twice: the first is saved once, the second is refused with 409")
        void duplicateSubmission() throws Exception {
            String family = unique("Twice");
            String body = person(family, LocalDate.of(1990, 1, 1), UUID.randomUUID().toString());
            mvc.perform(post("/api/persons").with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                    .content(body)).andExpect(status().isCreated());

            mvc.perform(post("/api/persons").with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.title").value("Duplicate submission"));
            assertThat(countFamily(family)).isEqualTo(1);
        }

        @Test
        @DisplayName("a change made from a stale version, with 409")
        void staleVersion() throws Exception {
            long id = register(unique("Stale"), LocalDate.of(1980, 5, 5));
            JsonNode current = json.readTree(mvc.perform(get("/api/persons/" + id).with(signedIn.as("prescriber")))
                    .andReturn().getResponse().getContentAsString());
            String change = ((com.fasterxml.jackson.databind.node.ObjectNode) current).put("pronouns", "they/them").toString();
            mvc.perform(put("/api/persons/" + id).with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                    .content(change)).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));

            mvc.perform(put("/api/persons/" + id).with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                            .content(change))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.title").value("Changed by someone else"));
            mvc.perform(get("/api/persons/" + id + "/history").with(signedIn.as("prescriber")))
                    .andExpect(jsonPath("$[*].changeReason", contains("Details changed", "Registered")))
                    .andExpect(jsonPath("$[0].state.pronouns").value("they/them"))
                    .andExpect(jsonPath("$[1].state.pronouns").doesNotExist());
        }
    }

    @Test
    @DisplayName("a person served cannot list or open anyone's record through the staff API but their own")
    void personSeesOnlyOwnRecord() throws Exception {
        long own = jdbc.sql("select person_id from user_account where username = 'person'").query(Long.class).single();
        long other = register(unique("Other"), LocalDate.of(1970, 1, 1));

        mvc.perform(get("/api/persons/" + own).with(signedIn.as("person"))).andExpect(status().isOk());
        mvc.perform(get("/api/persons").with(signedIn.as("person"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/persons/" + other).with(signedIn.as("person")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    @DisplayName("asks for credentials when none are given")
    void needsCredentials() throws Exception {
        mvc.perform(get("/api/persons")).andExpect(status().isUnauthorized());
    }

    private long register(String family, LocalDate born) throws Exception {
        String created = mvc.perform(post("/api/persons").with(signedIn.as("prescriber"))
                        .contentType(MediaType.APPLICATION_JSON).content(person(family, born, null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(created).get("id").asLong();
    }

    private String person(String family, LocalDate born, String token) throws Exception {
        var node = json.createObjectNode()
                .put("legalGivenName", "Test")
                .put("legalFamilyName", family)
                .put("birthDate", born.toString())
                .put("preferredLanguage", "English")
                .put("email", "test@example.org");
        if (token != null) {
            node.put("submissionToken", token);
        }
        return node.toString();
    }

    private long countFamily(String family) {
        return jdbc.sql("select count(*) from person where legal_family_name = ?").param(family).query(Long.class).single();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
