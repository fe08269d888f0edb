package org.medopt.app.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.app.account.AccountService;
import org.medopt.app.medication.MedicationChanges;
import org.medopt.app.medication.MedicationService;
import org.medopt.app.taper.TaperRecords;
import org.medopt.app.taper.TaperRecords.Subject;
import org.medopt.app.team.CareTeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A person on sertraline 50 mg once daily for a year, raised to 100 mg today, who took quetiapine from 20 to 5 days
 * ago and has a buprenorphine entry from a substance-use-disorder program (42 CFR Part 2) recorded by the prescriber
 * 10 days ago. A pharmacist is on the care team; the person has not shared Part 2 records with it.
 */
@MedOptIntegrationTest
@DisplayName("A person's scores over time beside their medication changes")
class MeasurementTrendsIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;
    @Autowired CareTeamService teams;
    @Autowired UserDetailsService users;
    @Autowired MedicationService medications;
    @Autowired MeasurementService measurements;
    @Autowired MeasurementTrends trends;
    @Autowired ITemplateEngine templates;

    private TaperRecords records;
    private Subject subject;
    private long person;

    @BeforeEach
    void personWithChanges() throws Exception {
        records = new TaperRecords(mvc, signedIn, json, jdbc, accounts);
        subject = records.person("trends-" + UUID.randomUUID().toString().substring(0, 8));
        person = subject.personId();
        mvc.perform(put("/api/persons/" + person + "/medications/" + subject.entryId()).with(signedIn.as("prescriber"))
                .contentType(MediaType.APPLICATION_JSON).content(entry("sertraline", 100, TODAY.minusYears(1))
                        .put("version", 0).put("changeReason", "Titration after review").toString()))
                .andExpect(status().isOk());
        add(entry("quetiapine", 25, TODAY.minusDays(20)).put("stopDate", TODAY.minusDays(5).toString())
                .put("stopReason", "Daytime sedation"));
        long part2 = add(entry("buprenorphine", 16, TODAY.minusDays(10)).put("route", "sublingual"));
        mvc.perform(post("/persons/" + person + "/medications/" + part2 + "/sensitivity").with(signedIn.as("prescriber"))
                .with(csrf()).param("category", "sud-part2")).andExpect(status().is3xxRedirection());
        records.joinTeam(person, "pharmacist", teams, users);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("lists when each medicine started, changed dose and stopped, oldest first, and audits the read")
    void startedChangedStopped() {
        MedicationChanges changes = as("prescriber", () -> medications.changes(person));
        assertThat(changes.changes()).extracting(c -> c.date() + " " + c.words()).containsExactly(
                TODAY.minusYears(1) + " started sertraline 50 mg once daily",
                TODAY.minusDays(20) + " started quetiapine 25 mg once daily",
                TODAY.minusDays(10) + " started buprenorphine 16 mg once daily",
                TODAY.minusDays(5) + " stopped quetiapine",
                TODAY + " sertraline dose changed: 50 mg once daily to 100 mg once daily");
        assertThat(audited("prescriber", "medication-changes")).isOne();
    }

    @Test
    @DisplayName("leaves out a Part 2 entry for a team member the person has not shared it with, and says some were withheld")
    void part2WithheldWithoutConsent() {
        MedicationChanges changes = as("pharmacist", () -> medications.changes(person));
        assertThat(changes.changes()).extracting(c -> c.drugName()).doesNotContain("buprenorphine").contains("sertraline");
        assertThat(changes.withheld()).isTrue();
        assertThat(changes.redisclosureNotice()).isNull();
    }

    @Test
    @DisplayName("shows the prescriber who recorded the Part 2 entry with the 42 CFR 2.32 notice, and the person their own without it")
    void part2ForItsAuthorAndThePerson() {
        phq9MonthAgo();
        Trends prescriber = as("prescriber", () -> trends.forPerson(person));
        assertThat(prescriber.drawing().summary()).contains("started buprenorphine");
        assertThat(prescriber.redisclosureNotice()).contains("42 CFR part 2");

        Trends own = as(subject.username(), () -> trends.forPerson(person));
        assertThat(own.drawing().summary()).contains("started buprenorphine");
        assertThat(own.redisclosureNotice()).isNull();
        assertThat(own.withheld()).isFalse();
    }

    @Test
    @DisplayName("draws the scores with the medication changes and taper steps since the first score, each read audited by its feature")
    void drawsScoresChangesAndTaperSteps() throws Exception {
        records.startedPlan(subject);
        phq9MonthAgo();

        Trends seen = as("pharmacist", () -> trends.forPerson(person));
        assertThat(seen.drawing().svg()).startsWith("<svg").contains("PHQ-9", "sertraline dose changed")
                .doesNotContain("buprenorphine");
        assertThat(seen.drawing().summary()).contains("PHQ-9: one score, 12 (moderate)", "started quetiapine",
                "stopped quetiapine", "sertraline taper step 1:",
                "1 medication change falls outside these dates and is not drawn");
        assertThat(seen.withheld()).isTrue();
        for (String resource : new String[] {"questionnaire-responses", "medication-changes", "taper-plans"}) {
            assertThat(audited("pharmacist", resource)).as(resource).isOne();
        }
    }

    @Test
    @DisplayName("the page fragment shows the chart with its words, the 42 CFR 2.32 notice and that some changes were withheld")
    void fragment() {
        phq9MonthAgo();
        Trends prescriber = as("prescriber", () -> trends.forPerson(person));
        String html = templates.process("measurement/fragments", Set.of("trends"),
                new Context(Locale.ENGLISH, Map.of("trends", new Trends(prescriber.drawing(), true,
                        prescriber.redisclosureNotice()))));
        assertThat(html).contains("<figure class=\"chart-figure\">", "<svg", "The chart in words", "PHQ-9: one score",
                "Protected records in this chart.", prescriber.redisclosureNotice(), "Some medication changes are not shown to you");
    }

    @Test
    @DisplayName("refuses a clinician who is not on the person's care team")
    void refusesOffTheTeam() {
        assertThatThrownBy(() -> as("prescriber2", () -> trends.forPerson(person))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("prescriber2", () -> medications.changes(person))).isInstanceOf(AccessDeniedException.class);
    }

    /** A PHQ-9 of 12 (moderate) the prescriber entered for the person, answered 30 days ago. */
    private void phq9MonthAgo() {
        InstrumentForm form = new InstrumentForm();
        for (int item = 1; item <= 9; item++) {
            form.getAnswers().put("phq9-" + item, item <= 6 ? "2" : "0");
        }
        form.setCompletedOn(TODAY.minusDays(30).toString());
        as("prescriber", () -> measurements.record(person, "phq-9", form));
    }

    private <T> T as(String username, Supplier<T> read) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return read.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private long audited(String username, String resource) {
        return jdbc.sql("select count(*) from audit_event where person_id = ? and username = ? and resource = ? "
                + "and outcome = 'success'").params(person, username, resource).query(Long.class).single();
    }

    private long add(ObjectNode entry) throws Exception {
        return json.readTree(mvc.perform(post("/api/persons/" + person + "/medications").with(signedIn.as("prescriber"))
                        .contentType(MediaType.APPLICATION_JSON).content(entry.toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
    }

    private ObjectNode entry(String drugName, int dose, LocalDate start) {
        return json.createObjectNode().put("kind", "prescription").put("drugName", drugName).put("dose", dose)
                .put("doseUnit", "mg").put("route", "oral").put("frequency", "once daily")
                .put("startDate", start.toString()).put("source", "prescribed-here");
    }
}
