package org.medopt.app.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@MedOptIntegrationTest
@DisplayName("Care-management minutes and the monthly billing report")
class CareMinutesPagesIT {

    /** A month long past, so that the person's CoCM episode starts in it and nothing else falls in it. */
    private static final String MONTH = "2025-03";

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    long person;
    String family;

    /** Each test works on a person of its own, registered by the demo prescriber, who is so on the care team. */
    @BeforeEach
    void registerPerson() throws Exception {
        family = "Minutes-" + UUID.randomUUID();
        mvc.perform(post("/persons/new").with(signedIn.as("prescriber")).with(csrf())
                .param("legalGivenName", "Billing").param("legalFamilyName", family).param("birthDate", "1980-04-05")
                .param("preferredLanguage", "English").param("submissionToken", UUID.randomUUID().toString()));
        person = jdbc.sql("select id from person where legal_family_name = ?").param(family).query(Long.class).single();
    }

    private ResultActions log(String as, String day, String minutes, String kind, String note) throws Exception {
        return mvc.perform(post("/persons/" + person + "/care-minutes").with(signedIn.as(as)).with(csrf())
                .param("workedOn", day).param("minutes", minutes).param("kind", kind).param("note", note)
                .param("submissionToken", UUID.randomUUID().toString()));
    }

    private String page(String as) throws Exception {
        return mvc.perform(get("/persons/" + person + "/care-minutes").with(signedIn.as(as)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    @DisplayName("the person's record links to the care minutes, where minutes logged are listed and audited")
    void logsMinutes() throws Exception {
        mvc.perform(get("/persons/" + person).with(signedIn.as("prescriber")))
                .andExpect(content().string(containsString("/persons/" + person + "/care-minutes")));
        log("prescriber", MONTH + "-10", "25", "cocm", "Phone call about sleep")
                .andExpect(redirectedUrl("/persons/" + person + "/care-minutes#months"));

        assertThat(page("prescriber")).contains("Phone call about sleep", "2025-03-10", "First CoCM month");
        assertThat(jdbc.sql("""
                select count(*) from audit_event
                where person_id = ? and username = 'prescriber' and action = 'create' and resource like 'care-minutes/%'""")
                .param(person).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from audit_event
                where person_id = ? and username = 'prescriber' and action = 'read' and resource = 'care-minutes'""")
                .param(person).query(Integer.class).single()).isPositive();
    }

    @Test
    @DisplayName("0 or negative minutes, more minutes than a day has, and a day in the future are refused at the field, keeping what was typed")
    void refusesWrongMinutes() throws Exception {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        log("prescriber", MONTH + "-10", "0", "cocm", "Kept note zero").andExpect(status().isOk())
                .andExpect(view().name("billing/care-minutes"))
                .andExpect(content().string(allOf(containsString("enter more than 0 minutes"), containsString("Kept note zero"))));
        log("prescriber", MONTH + "-10", "-5", "cocm", "Kept note").andExpect(status().isOk())
                .andExpect(content().string(containsString("enter more than 0 minutes")));
        log("prescriber", MONTH + "-10", "1441", "cocm", "Kept note").andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("a day has no more than 1440 minutes"),
                        containsString("value=\"1441\""))));
        log("prescriber", tomorrow, "20", "cocm", "Kept note").andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("the day cannot be in the future"),
                        containsString("value=\"" + tomorrow + "\""))));
        log("prescriber", MONTH + "-10", "1400", "general-bhi", "Long day").andExpect(status().is3xxRedirection());
        log("prescriber", MONTH + "-10", "41", "cocm", "One too many").andExpect(status().isOk())
                .andExpect(content().string(containsString("1400 minutes are already logged on 2025-03-10")));

        assertThat(jdbc.sql("select count(*) from care_minutes where person_id = ?").param(person)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("in the first CoCM month 35 minutes bill G2214, not 99492; 36 minutes bill 99492")
    void firstMonthThreshold() throws Exception {
        log("prescriber", MONTH + "-03", "35", "cocm", "").andExpect(status().is3xxRedirection());
        assertThat(page("prescriber")).contains("35 minutes: 99492 needs 36", "G2214 from 16 minutes applies")
                .doesNotContain("care-manager minutes in a first CoCM month: 99492");

        log("prescriber", MONTH + "-17", "1", "cocm", "").andExpect(status().is3xxRedirection());
        assertThat(page("prescriber")).contains("36 care-manager minutes in a first CoCM month: 99492 from 36")
                .doesNotContain("G2214 from 16 minutes applies");
    }

    @Test
    @DisplayName("minutes logged in error are cancelled with a reason by a reversing entry; both stay listed and neither counts")
    void cancelsMinutes() throws Exception {
        log("prescriber", MONTH + "-03", "36", "cocm", "Wrong person").andExpect(status().is3xxRedirection());
        long entry = jdbc.sql("select id from care_minutes where person_id = ?").param(person).query(Long.class).single();
        String reversal = "/persons/" + person + "/care-minutes/" + entry + "/reversal";
        assertThat(page("prescriber")).contains(reversal);

        mvc.perform(post(reversal).with(signedIn.as("prescriber")).with(csrf()).param("reason", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("say why the minutes are cancelled")));
        mvc.perform(post(reversal).with(signedIn.as("prescriber")).with(csrf()).param("reason", "Logged on the wrong record"))
                .andExpect(redirectedUrl("/persons/" + person + "/care-minutes#months"));
        mvc.perform(post(reversal).with(signedIn.as("prescriber")).with(csrf()).param("reason", "Again"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("changed by someone else")));

        assertThat(page("prescriber")).contains("Wrong person", "Reverses entry " + entry + ": Logged on the wrong record",
                "36 (not counted)", "Cancelled").doesNotContain("99492 from 36");
        assertThat(jdbc.sql("select count(*) from care_minutes where person_id = ?").param(person)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    @DisplayName("the month's report has a row per person and code, and the CSV the same rows, audited as a read of each record")
    void report() throws Exception {
        log("prescriber", MONTH + "-03", "36", "cocm", "").andExpect(status().is3xxRedirection());

        mvc.perform(get("/care-minutes/report").param("month", MONTH).with(signedIn.as("prescriber")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(family), containsString("99492"),
                        containsString("/care-minutes/report.csv?month=2025-03"))));
        String csv = mvc.perform(get("/care-minutes/report.csv").param("month", MONTH).with(signedIn.as("prescriber")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("care-management-2025-03.csv")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("person,month,code,units,explanation\r\n")
                .contains("Billing " + family + " (MedOpt " + person + "),2025-03,99492,1,");
        assertThat(jdbc.sql("""
                select count(*) from audit_event
                where person_id = ? and username = 'prescriber' and action = 'read' and resource = ?""")
                .params(person, "care-minutes/report/" + MONTH).query(Integer.class).single()).isEqualTo(2);

        mvc.perform(get("/care-minutes/report.csv").param("month", MONTH).with(signedIn.as("prescriber2")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(family))));
    }

    @Test
    @DisplayName("a month that is not a year and month is refused with a clear message, on the page and for the CSV")
    void badMonth() throws Exception {
        mvc.perform(get("/care-minutes/report").param("month", "November").with(signedIn.as("caremanager")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("give the month as year and month, e.g. 2026-11")));
        mvc.perform(get("/care-minutes/report.csv").param("month", "2026-13").with(signedIn.as("caremanager")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("give the month as year and month, e.g. 2026-11")));
    }

    @Test
    @DisplayName("staff off the care team cannot see or log minutes; peer support and pharmacists get no billing report")
    void access() throws Exception {
        mvc.perform(get("/persons/" + person + "/care-minutes").with(signedIn.as("prescriber2")))
                .andExpect(status().isForbidden());
        log("prescriber2", MONTH + "-03", "20", "cocm", "").andExpect(status().isForbidden());
        mvc.perform(get("/care-minutes/report").with(signedIn.as("peer"))).andExpect(status().isForbidden());
        mvc.perform(get("/care-minutes/report").param("month", "soon").with(signedIn.as("peer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/care-minutes/report.csv").with(signedIn.as("pharmacist"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from care_minutes where person_id = ?").param(person)
                .query(Integer.class).single()).isZero();
    }
}
