package org.medopt.app.taper;

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
import java.io.UncheckedIOException;
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
@DisplayName("REST POST /api/taper-plans/preview and the taper command")
class TaperApiIT {

    private static final String CITALOPRAM = "{\"drug\": \"citalopram\", \"dailyMilligrams\": 20, \"start\": \"2027-01-04\"";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired ObjectMapper json;
    @Autowired KnowledgeBase knowledge;

    @TempDir Path files;

    @Test
    @DisplayName("answers citalopram 20 mg cut by a quarter every 4 weeks as dated steps down to 0 mg, with how to take each")
    void answersPlan() throws Exception {
        preview(fixture("citalopram-20mg.json"), "prescriber").andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.knowledgeVersion").value(knowledge.version()))
                .andExpect(jsonPath("$.complete").value(true))
                .andExpect(jsonPath("$.order[0]").value("citalopram"))
                .andExpect(jsonPath("$.plans[0].method").value("proportional"))
                .andExpect(jsonPath("$.plans[0].steps[0].start").value("2027-01-04"))
                .andExpect(jsonPath("$.plans[0].steps[0].end").value("2027-01-31"))
                .andExpect(jsonPath("$.plans[0].steps[0].days").value(28))
                .andExpect(jsonPath("$.plans[0].steps[0].dosing[0].time").value("morning"))
                .andExpect(jsonPath("$.plans[0].steps[0].dosing[0].text").isString())
                .andExpect(jsonPath("$.plans[0].steps[0].limit").isString())
                .andExpect(jsonPath("$.plans[0].steps[-1:].milligrams").value(0))
                .andExpect(jsonPath("$.plans[0].steps[-1:].stop").value(true));
    }

    @Test
    @DisplayName("answers several drugs in the proposed order, the next drug starting the day after the previous stops")
    void answersSchedule() throws Exception {
        String body = preview(fixture("sertraline-and-lorazepam.json"), "pharmacist").andExpect(status().isOk())
                .andExpect(jsonPath("$.order.length()").value(2))
                .andExpect(jsonPath("$.explanation[0]").value(org.hamcrest.Matchers.startsWith("Proposed order:")))
                .andReturn().getResponse().getContentAsString();
        JsonNode plans = json.readTree(body).get("plans");
        JsonNode first = plans.get(0).get("steps");
        String firstEnd = first.get(first.size() - 1).get("end").asText();
        String secondStart = plans.get(1).get("steps").get(0).get("start").asText();
        assertThat(java.time.LocalDate.parse(secondStart)).isEqualTo(java.time.LocalDate.parse(firstEnd).plusDays(1));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an unknown drug                       | {\"drug\": \"xanadine\", \"dailyMilligrams\": 20, \"start\": \"2027-01-04\"} | drug            | has no drug named or coded 'xanadine'",
        "a pace of 0%                          | " + CITALOPRAM + ", \"pacePercent\": 0}                                     | pacePercent     | The pace must be more than 0% and at most 50%",
        "a pace above 50%                      | " + CITALOPRAM + ", \"pacePercent\": 60}                                    | pacePercent     | it was 60%",
        "a step shorter than a week            | " + CITALOPRAM + ", \"stepDays\": 5}                                        | stepDays        | at least one week (7 days); it was 5 days",
        "a dose below the smallest product     | {\"drug\": \"citalopram\", \"dailyMilligrams\": 1, \"products\": [\"10 mg tablet\"], \"start\": \"2027-01-04\"} | dailyMilligrams | less than the smallest amount the chosen products",
        "a product the drug does not have      | " + CITALOPRAM + ", \"products\": [\"15 mg tablet\"]}                       | products        | has no '15 mg tablet' of citalopram",
        "an unknown method                     | " + CITALOPRAM + ", \"method\": \"exponential\"}                            | method          | hyperbolic, proportional or linear",
        "a misspelt field                      | " + CITALOPRAM + ", \"pace\": 10}                                           | pace            | does not know the field 'pace'",
        "a dose that is not a number           | {\"drug\": \"citalopram\", \"dailyMilligrams\": \"twenty\", \"start\": \"2027-01-04\"} | dailyMilligrams | wrong type or format",
        "no drug                               | {\"dailyMilligrams\": 20, \"start\": \"2027-01-04\"}                        | drug            | Give the drug to taper",
        "no daily dose                         | {\"drug\": \"citalopram\", \"start\": \"2027-01-04\"}                       | dailyMilligrams | Give the current daily dose",
        "no start                              | {\"drug\": \"citalopram\", \"dailyMilligrams\": 20}                         | start           | Give the first day of the plan",
        "malformed JSON                        | {\"drug\": \"citalopram\",                                                  | body            | not valid JSON",
        "an unknown drug among several         | {\"start\": \"2027-01-04\", \"drugs\": [{\"drug\": \"citalopram\", \"dailyMilligrams\": 20}, {\"drug\": \"xanadine\", \"dailyMilligrams\": 1}]} | drugs[1].drug | 'xanadine'"})
    @DisplayName("refuses bad input whole with RFC 9457 problem JSON naming the field and what to change")
    void refusesBadInput(String what, String body, String field, String message) throws Exception {
        preview(body, "prescriber").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://medopt.org/problems/invalid-input"))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString(message)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"citalopram-20mg.json", "sertraline-and-lorazepam.json"})
    @DisplayName("the command line prints exactly the JSON the API answers for the same file")
    void commandLineAgrees(String file) throws Exception {
        String request = fixture(file);
        JsonNode api = json.readTree(preview(request, "prescriber").andReturn().getResponse().getContentAsString());
        Run cli = runTaper(request);
        assertThat(cli.exitCode()).isZero();
        assertThat(json.readTree(cli.output())).isEqualTo(api);
    }

    @Test
    @DisplayName("the command answers 1 and prints the field and what to change when the request is refused")
    void commandRefuses() throws Exception {
        Run cli = runTaper(CITALOPRAM + ", \"pacePercent\": 0}");
        assertThat(cli.exitCode()).isEqualTo(1);
        JsonNode problem = json.readTree(cli.output());
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("pacePercent");
        assertThat(problem.at("/detail").asText()).contains("The pace must be more than 0%");
    }

    static String fixture(String name) {
        try (var in = TaperApiIT.class.getResourceAsStream("/taper/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResultActions preview(String body, String user) throws Exception {
        return mvc.perform(post("/api/taper-plans/preview").with(signedIn.as(user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private record Run(int exitCode, String output) {
    }

    private Run runTaper(String request) throws IOException {
        Path file = files.resolve(UUID.randomUUID() + ".json");
        Files.writeString(file, request, StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String database = "jdbc:h2:mem:taper-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        int code = CommandLine.run(MedOptApplication.class, new String[] {"taper", file.toString(),
            "--spring.datasource.url=" + database}, new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }
}
