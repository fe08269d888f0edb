package org.medopt.app.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medopt.app.MedOptApplication;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.app.command.CommandLine;
import org.medopt.knowledge.KnowledgeBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@MedOptIntegrationTest
@DisplayName("REST POST /api/review and the review command")
class ReviewApiIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired ObjectMapper json;
    @Autowired KnowledgeBase knowledge;

    @TempDir Path files;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/fhir+json", "application/json"})
    @DisplayName("takes a FHIR Bundle as FHIR JSON or plain JSON and answers the findings with the knowledge-base version")
    void answersFindings(String mediaType) throws Exception {
        review(FhirReviewInputTests.text("lithium-older-adult.json"), mediaType).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.knowledgeVersion").value(knowledge.version()))
                .andExpect(jsonPath("$.findings").isArray())
                .andExpect(jsonPath("$.notChecked[0]").value("Example product 10 mg tablet"))
                .andExpect(jsonPath("$.notChecked[1]").value("Valerian root tea"));
    }

    @Test
    @DisplayName("finds valproate in a person whose latest pregnancy status is pregnant (critical, cited), then its monitoring due")
    void valproateInPregnancy() throws Exception {
        review(FhirReviewInputTests.text("valproate-pregnancy.json"), "application/fhir+json").andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[*].ruleId").value(org.hamcrest.Matchers.contains("valproate-pregnancy", "monitoring-due")))
                .andExpect(jsonPath("$.findings[0].ruleId").value("valproate-pregnancy"))
                .andExpect(jsonPath("$.findings[0].category").value("condition-interaction"))
                .andExpect(jsonPath("$.findings[0].severity").value("critical"))
                .andExpect(jsonPath("$.findings[0].rxnorm[0]").value("11118"))
                .andExpect(jsonPath("$.findings[0].title").isString())
                .andExpect(jsonPath("$.findings[0].rationale").isString())
                .andExpect(jsonPath("$.findings[0].considerations[0]").value(org.hamcrest.Matchers.startsWith("Talk it over with the person")))
                .andExpect(jsonPath("$.findings[0].citations[0].sourceId").value("fda-valproate-pregnancy"))
                .andExpect(jsonPath("$.findings[0].knowledgeVersion").value(knowledge.version()))
                .andExpect(jsonPath("$.notChecked").isEmpty());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "sertraline-and-tramadol.json | serotonergic-combination | warning | 10689+36437",
        "lithium-older-adult.json     | lithium-clearance-reduced | warning | 29046+42351"})
    @DisplayName("answers the knowledge base's interaction finding for each bundle, with the drugs' RxNorm codes")
    void interactionFindings(String bundle, String ruleId, String severity, String rxnorm) throws Exception {
        review(FhirReviewInputTests.text(bundle), "application/json").andExpect(status().isOk())
                .andExpect(jsonPath("$.findings[0].ruleId").value(ruleId))
                .andExpect(jsonPath("$.findings[0].category").value("drug-interaction"))
                .andExpect(jsonPath("$.findings[0].severity").value(severity))
                .andExpect(jsonPath("$.findings[0].rxnorm").value(org.hamcrest.Matchers.contains(rxnorm.split("\\+"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON at all                          | not json",
        "a resource type FHIR does not have      | {\"resourceType\": \"Nonsense\"}",
        "a Patient instead of a Bundle            | {\"resourceType\": \"Patient\", \"gender\": \"female\"}",
        "two different patients                   | {\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\": {\"resourceType\": \"Patient\", \"id\": \"a\"}}, {\"resource\": {\"resourceType\": \"Patient\", \"id\": \"b\"}}]}"})
    @DisplayName("refuses an invalid bundle with RFC 9457 problem details")
    void refusesInvalidBundles(String what, String body) throws Exception {
        review(body, "application/fhir+json").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://medopt.org/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").exists());
    }

    @Test
    @DisplayName("refuses a bundle in FHIR XML as a media type it does not take (415)")
    void refusesOtherMediaTypes() throws Exception {
        review("<Bundle xmlns=\"http://hl7.org/fhir\"/>", "application/fhir+xml").andExpect(status().isUnsupportedMediaType());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sertraline-and-tramadol.json", "lithium-older-adult.json", "valproate-pregnancy.json"})
    @DisplayName("the command line prints exactly the findings the API answers for the same bundle")
    void commandLineAgrees(String bundle) throws Exception {
        String text = FhirReviewInputTests.text(bundle);
        JsonNode api = json.readTree(review(text, "application/fhir+json").andReturn().getResponse().getContentAsString());
        JsonNode cli = json.readTree(runReview(text));
        assertThat(cli).isEqualTo(api);
        assertThat(api.get("knowledgeVersion").asText()).isEqualTo(knowledge.version());
    }

    @Test
    @DisplayName("the command answers 1 and says why when the file is not a bundle")
    void commandRefusesInvalidBundle() throws Exception {
        assertThat(runReview("{\"resourceType\": \"Patient\"}")).startsWith("Not reviewed:");
    }

    private ResultActions review(String body, String mediaType) throws Exception {
        return mvc.perform(post("/api/review").with(signedIn.as("pharmacist"))
                .contentType(MediaType.parseMediaType(mediaType)).content(body));
    }

    private String runReview(String bundle) throws IOException {
        Path file = files.resolve(UUID.randomUUID() + ".json");
        Files.writeString(file, bundle, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String database = "jdbc:h2:mem:review-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        CommandLine.run(MedOptApplication.class, new String[] {"review", file.toString(), "--spring.datasource.url=" + database},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
