package org.medopt.app.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The collaborative-care registry over scores seeded as completed instruments: each person is registered by the demo
 * prescriber, who is so on the care team, and reads the registry.
 */
@MedOptIntegrationTest
@DisplayName("The collaborative-care registry and the psychiatric case-review list")
class RegistryIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    private long register(String family) throws Exception {
        mvc.perform(post("/persons/new").with(signedIn.as("prescriber")).with(csrf())
                .param("legalGivenName", "Registry").param("legalFamilyName", family).param("birthDate", "1975-02-03")
                .param("preferredLanguage", "English").param("submissionToken", UUID.randomUUID().toString()));
        return jdbc.sql("select id from person where legal_family_name = ?").param(family).query(Long.class).single();
    }

    private ResultActions startEpisode(long person, String as, String program, LocalDate startedOn, LocalDate next)
            throws Exception {
        return mvc.perform(post("/persons/" + person + "/care-episode").with(signedIn.as(as)).with(csrf())
                .param("program", program).param("startedOn", startedOn.toString())
                .param("nextContactDue", next == null ? "" : next.toString())
                .param("submissionToken", UUID.randomUUID().toString()));
    }

    /** A completed instrument as the measurement feature stores it; only the total and the day matter here. */
    private void seed(long person, String instrument, LocalDate on, int total) {
        jdbc.sql("""
                insert into questionnaire_response (person_id, instrument_id, instruments_version, answers, total, band,
                    percentage, safety_flags, completed_on, entered_by_person, recorded_by, recorded_at)
                values (?, ?, 'test', '', ?, null, null, '', ?, false, 'prescriber', ?)""")
                .params(person, instrument, total, on, OffsetDateTime.now(ZoneOffset.UTC)).update();
    }

    /** A person in CoCM for {@code weeks} weeks with a PHQ-9 baseline and a later PHQ-9. */
    private long inTreatment(String family, int weeks, int baseline, int latest) throws Exception {
        long person = register(family);
        LocalDate start = TODAY.minusWeeks(weeks);
        startEpisode(person, "prescriber", "cocm", start, TODAY.plusDays(7))
                .andExpect(redirectedUrl("/persons/" + person + "/care-episode"));
        seed(person, "phq-9", start, baseline);
        seed(person, "phq-9", TODAY.minusDays(3), latest);
        return person;
    }

    private String page(String path, String as) throws Exception {
        return mvc.perform(get(path).with(signedIn.as(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The registry card of one person. */
    private static String card(String html, long person) {
        int from = html.indexOf("id=\"person-" + person + "\"");
        assertThat(from).as("the registry has a card for person %s", person).isPositive();
        return html.substring(from, html.indexOf("</li>", from));
    }

    private int audited(long person, String username, String action, String resource) {
        return jdbc.sql("""
                select count(*) from audit_event
                where person_id = ? and username = ? and action = ? and resource like ? and outcome = 'success'""")
                .params(person, username, action, resource).query(Integer.class).single();
    }

    @Test
    @DisplayName("a card shows weeks in treatment, the latest PHQ-9 and GAD-7 against their baselines, response, "
            + "remission and the not-improving flag in words with the cited rule")
    void notImproving() throws Exception {
        String family = "Flat-" + UUID.randomUUID();
        long person = inTreatment(family, 9, 20, 16);
        LocalDate start = TODAY.minusWeeks(9);
        seed(person, "gad-7", start.plusDays(1), 14);
        seed(person, "gad-7", TODAY.minusDays(3), 10);

        String card = card(page("/registry", "prescriber"), person);
        assertThat(card).contains(family, "Collaborative care (CoCM)", "<dd class=\"weeks\">9</dd>",
                "<strong>16</strong>", "baseline <span>20</span>", "down 20%", "No response", "Not in remission",
                "<strong>10</strong>", "down 28%", "Not improving", "Rule cocm-not-improving-by-week-8",
                "not below 10, and down 20% from the baseline 20", "Sowa NA", "Baseline (MedOpt&#39;s own choice)",
                "Not on the list; the rule suggests review", TODAY.plusDays(7).toString());
        assertThat(audited(person, "prescriber", "read", "registry")).isPositive();
        assertThat(audited(person, "prescriber", "read", "questionnaire-responses")).isPositive();
    }

    @Test
    @DisplayName("a PHQ-9 exactly 50% below baseline is a response and improving; one day short of 8 weeks is too early")
    void edges() throws Exception {
        long halved = inTreatment("Halved-" + UUID.randomUUID(), 8, 20, 10);
        long early = register("Early-" + UUID.randomUUID());
        LocalDate start = TODAY.minusDays(55);
        startEpisode(early, "prescriber", "general-bhi", start, null).andExpect(redirectedUrl("/persons/" + early + "/care-episode"));
        seed(early, "phq-9", start, 20);
        seed(early, "phq-9", TODAY, 18);

        String html = page("/registry", "prescriber");
        assertThat(card(html, halved)).contains("Improving", "Response", "down 50%").doesNotContain("Not improving");
        assertThat(card(html, early)).contains("General BHI", "<dd class=\"weeks\">7</dd>", "Too early to judge",
                "the rule judges from week 8").doesNotContain("Not improving");
    }

    @Test
    @DisplayName("without a PHQ-9 near the start there is no baseline and nothing is judged")
    void noBaseline() throws Exception {
        long person = register("Unmeasured-" + UUID.randomUUID());
        startEpisode(person, "prescriber", "cocm", TODAY.minusWeeks(10), null);
        seed(person, "phq-9", TODAY.minusDays(2), 19);
        assertThat(card(page("/registry", "prescriber"), person)).contains("No baseline", "<strong>19</strong>",
                "needs a baseline and a later PHQ-9", "not set");
    }

    @Test
    @DisplayName("overdue contacts come first, then persons not improving; the caseload marks the overdue contact too")
    void order() throws Exception {
        long improving = inTreatment("Better-" + UUID.randomUUID(), 10, 18, 8);
        long flat = inTreatment("Stuck-" + UUID.randomUUID(), 10, 18, 17);
        long overdue = inTreatment("Late-" + UUID.randomUUID(), 10, 18, 8);
        long episode = jdbc.sql("select id from care_episode where person_id = ?").param(overdue).query(Long.class).single();
        jdbc.sql("insert into care_episode_contact (episode_id, next_contact_due, recorded_by, recorded_at) values (?, ?, 'prescriber', ?)")
                .params(episode, TODAY.minusDays(2), OffsetDateTime.now(ZoneOffset.UTC)).update();

        String html = page("/registry", "prescriber");
        assertThat(html.indexOf("person-" + overdue)).isLessThan(html.indexOf("person-" + flat));
        assertThat(html.indexOf("person-" + flat)).isLessThan(html.indexOf("person-" + improving));
        assertThat(card(html, overdue)).contains("Contact overdue", "Overdue");
        String byName = page("/registry?order=name", "prescriber");
        assertThat(byName).contains("Needs attention first");
        assertThat(page("/caseload", "prescriber")).contains("Contact overdue since " + TODAY.minusDays(2));
    }

    @Test
    @DisplayName("the care team puts a person on the case-review list; the consultant's recommendation takes them off and is kept")
    void caseReview() throws Exception {
        long listed = inTreatment("Listed-" + UUID.randomUUID(), 9, 20, 19);
        long suggested = inTreatment("Suggested-" + UUID.randomUUID(), 9, 20, 19);
        mvc.perform(post("/persons/" + listed + "/case-review").with(signedIn.as("prescriber")).with(csrf())
                .param("reason", "  ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("say why the psychiatric consultant should review this person")));
        mvc.perform(post("/persons/" + listed + "/case-review").with(signedIn.as("prescriber")).with(csrf())
                .param("reason", "No change after 9 weeks on sertraline"))
                .andExpect(redirectedUrl("/persons/" + listed + "/care-episode"));
        mvc.perform(post("/persons/" + listed + "/case-review").with(signedIn.as("prescriber")).with(csrf())
                .param("reason", "Again")).andExpect(status().isOk())
                .andExpect(content().string(containsString("the person is on the case-review list already")));

        String list = page("/registry/case-review", "prescriber");
        assertThat(list.substring(list.indexOf("waiting-heading"), list.indexOf("suggested-heading")))
                .contains("No change after 9 weeks on sertraline").doesNotContain("suggested-" + suggested);
        assertThat(list.substring(list.indexOf("suggested-heading"))).contains("suggested-" + suggested)
                .doesNotContain("waiting-" + listed);

        String recommendation = "/persons/" + listed + "/case-review/recommendation";
        mvc.perform(post(recommendation).with(signedIn.as("prescriber")).with(csrf()).param("consultant", "Dr. Kept Name")
                .param("recommendation", "")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("write the consultant&#39;s recommendation"),
                        containsString("Dr. Kept Name"))));
        mvc.perform(post(recommendation).with(signedIn.as("prescriber")).with(csrf()).param("consultant", "Dr. Psych")
                .param("recommendation", "Add bupropion 150 mg; review in 4 weeks"))
                .andExpect(redirectedUrl("/persons/" + listed + "/care-episode"));

        assertThat(page("/registry/case-review", "prescriber")).doesNotContain("waiting-" + listed);
        assertThat(page("/persons/" + listed + "/care-episode", "prescriber"))
                .contains("Add bupropion 150 mg; review in 4 weeks", "Dr. Psych", "Put on the case-review list");
        assertThat(audited(listed, "prescriber", "create", "case-review/%")).isEqualTo(1);
        assertThat(audited(listed, "prescriber", "update", "case-review/%")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from case_review_entry where person_id = ?").param(listed)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("an episode is started, given its next contact and ended with a reason; wrong days are refused at the field")
    void episode() throws Exception {
        long person = register("Episode-" + UUID.randomUUID());
        String path = "/persons/" + person + "/care-episode";
        assertThat(page("/persons/" + person, "prescriber")).contains(path);
        startEpisode(person, "prescriber", "cocm", TODAY.plusDays(1), null).andExpect(status().isOk())
                .andExpect(content().string(containsString("the day cannot be in the future")));
        startEpisode(person, "prescriber", "cocm", TODAY.minusDays(3), TODAY.minusDays(1)).andExpect(status().isOk())
                .andExpect(content().string(containsString("the next contact is a day from today on")));
        startEpisode(person, "prescriber", "cocm", TODAY.minusDays(3), null).andExpect(redirectedUrl(path));
        startEpisode(person, "prescriber", "general-bhi", TODAY, null).andExpect(status().isOk())
                .andExpect(content().string(containsString("an episode is open since " + TODAY.minusDays(3))));

        mvc.perform(post(path + "/next-contact").with(signedIn.as("prescriber")).with(csrf())
                .param("nextContactDue", TODAY.plusDays(14).toString())).andExpect(redirectedUrl(path));
        mvc.perform(post(path + "/end").with(signedIn.as("prescriber")).with(csrf()).param("endedOn", TODAY.minusDays(4).toString())
                .param("endReason", "Goals met")).andExpect(status().isOk())
                .andExpect(content().string(containsString("the episode cannot end before it started on " + TODAY.minusDays(3))));
        mvc.perform(post(path + "/end").with(signedIn.as("prescriber")).with(csrf()).param("endedOn", TODAY.toString())
                .param("endReason", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("say why the episode ended")));
        mvc.perform(post(path + "/end").with(signedIn.as("prescriber")).with(csrf()).param("endedOn", TODAY.toString())
                .param("endReason", "Goals met")).andExpect(redirectedUrl(path));

        assertThat(page(path, "prescriber")).contains("Goals met", "No open episode", "Start the episode");
        startEpisode(person, "prescriber", "cocm", TODAY.minusDays(1), null).andExpect(status().isOk())
                .andExpect(content().string(containsString("the episode must start after the earlier one ended on " + TODAY)));
        assertThat(jdbc.sql("select count(*) from care_episode_contact c join care_episode e on e.id = c.episode_id where e.person_id = ?")
                .param(person).query(Integer.class).single()).isEqualTo(1);
        assertThat(audited(person, "prescriber", "create", "care-episode/%")).isEqualTo(1);
        assertThat(audited(person, "prescriber", "update", "care-episode/%")).isEqualTo(2);
    }

    @Test
    @DisplayName("staff off the care team can neither see nor change the episode, and their registry leaves the person out")
    void access() throws Exception {
        String family = "Private-" + UUID.randomUUID();
        long person = inTreatment(family, 9, 20, 19);
        mvc.perform(get("/persons/" + person + "/care-episode").with(signedIn.as("prescriber2"))).andExpect(status().isForbidden());
        startEpisode(person, "prescriber2", "cocm", TODAY, null).andExpect(status().isForbidden());
        mvc.perform(post("/persons/" + person + "/case-review").with(signedIn.as("prescriber2")).with(csrf())
                .param("reason", "Curious")).andExpect(status().isForbidden());
        assertThat(page("/registry", "prescriber2")).doesNotContain(family);
        assertThat(page("/registry/case-review", "prescriber2")).doesNotContain(family);
        mvc.perform(get("/registry").with(signedIn.as("pharmacist"))).andExpect(status().isForbidden());
        mvc.perform(get("/registry/case-review").with(signedIn.as("peer"))).andExpect(status().isForbidden());

        assertThat(jdbc.sql("""
                select count(*) from audit_event where person_id = ? and username = 'prescriber2' and outcome = 'denied'""")
                .param(person).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("""
                select count(*) from audit_event where person_id = ? and username = 'prescriber2' and outcome = 'success'""")
                .param(person).query(Integer.class).single()).isZero();
    }

    @Test
    @DisplayName("the billing report's first CoCM month is the month the recorded episode started, not the first month with minutes")
    void billingFirstMonth() throws Exception {
        long person = register("Billed-" + UUID.randomUUID());
        for (String day : new String[] {"2025-02-10", "2025-03-25"}) {
            mvc.perform(post("/persons/" + person + "/care-minutes").with(signedIn.as("prescriber")).with(csrf())
                    .param("workedOn", day).param("minutes", "40").param("kind", "cocm")
                    .param("submissionToken", UUID.randomUUID().toString())).andExpect(status().is3xxRedirection());
        }
        startEpisode(person, "prescriber", "cocm", LocalDate.of(2025, 3, 20), null).andExpect(status().is3xxRedirection());

        assertThat(page("/persons/" + person + "/care-minutes", "prescriber"))
                .contains("The CoCM episode recorded in the registry started on 2025-03-20.");
        assertThat(page("/care-minutes/report.csv?month=2025-03", "prescriber")).contains("(MedOpt " + person + "),2025-03,99492,");
        assertThat(page("/care-minutes/report.csv?month=2025-02", "prescriber")).contains("(MedOpt " + person + "),2025-02,99493,");
    }

    @Test
    @DisplayName("the demo care manager's registry has one person improving, one not improving and one on the case-review list")
    void demo() throws Exception {
        String html = page("/registry", "caremanager");
        String improving = html.substring(html.indexOf("Marcus Pinecrest"));
        assertThat(improving.substring(0, improving.indexOf("</li>"))).contains("Improving", "Response");
        String flat = html.substring(html.indexOf("Walter Ashcombe"));
        assertThat(flat.substring(0, flat.indexOf("</li>"))).contains("Not improving").containsAnyOf("Due today", "Overdue");
        assertThat(page("/registry/case-review", "caremanager")).contains("Peggy Fairleigh", "please review the starting plan");
    }
}
