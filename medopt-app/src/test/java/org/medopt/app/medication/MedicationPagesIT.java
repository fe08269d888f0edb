package org.medopt.app.medication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@MedOptIntegrationTest
@DisplayName("Medication pages for staff")
class MedicationPagesIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    @Test
    @DisplayName("the add form offers the catalog's drugs to pick from")
    void addFormOffersCatalog() throws Exception {
        mvc.perform(get("/persons/" + grace() + "/medications/new").with(signedIn.as("prescriber")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<datalist id=\"catalog-drugs\">"),
                        containsString("value=\"lamotrigine\""), containsString("Add a medication"))));
    }

    @Test
    @DisplayName("a valid entry is saved and the overview lists it")
    void addsEntry() throws Exception {
        long person = grace();
        String frequency = "every morning " + UUID.randomUUID();
        mvc.perform(entryForm(person, frequency).param("dose", "25").param("stopDate", ""))
                .andExpect(redirectedUrl("/persons/" + person + "#medications"));
        mvc.perform(get("/persons/" + person).with(signedIn.as("prescriber")))
                .andExpect(content().string(containsString(frequency)));
    }

    @Test
    @DisplayName("a stop date before the start and a zero dose are shown at their fields; the typed text stays; nothing is saved")
    void showsErrorsAndKeepsInput() throws Exception {
        long person = grace();
        String frequency = "twice daily " + UUID.randomUUID();
        mvc.perform(entryForm(person, frequency).param("dose", "0").param("startDate", "2026-06-01")
                        .param("stopDate", "2026-05-01").param("stopReason", "felt worse"))
                .andExpect(status().isOk())
                .andExpect(view().name("medication/form"))
                .andExpect(content().string(allOf(containsString("the dose must be more than zero"),
                        containsString("the stop date cannot be before the start date"),
                        containsString("value=\"" + frequency + "\""), containsString("value=\"2026-06-01\""),
                        containsString("value=\"2026-05-01\""))));
        assertThat(jdbc.sql("select count(*) from medication_entry where frequency = ?").param(frequency)
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("a change without a reason is refused at the reason field; with one it joins the entry's history")
    void changeNeedsReason() throws Exception {
        long person = grace();
        long entry = jdbc.sql("select id from medication_entry where person_id = ? and drug_name = 'lisinopril'")
                .param(person).query(Long.class).single();
        int version = jdbc.sql("select version from medication_entry where id = ?").param(entry).query(Integer.class).single();
        MockHttpServletRequestBuilder change = post("/persons/" + person + "/medications/" + entry + "/edit")
                .with(signedIn.as("prescriber")).with(csrf())
                .param("kind", "prescription").param("drugName", "lisinopril").param("dose", "20").param("doseUnit", "mg")
                .param("route", "oral").param("frequency", "once daily").param("source", "imported")
                .param("version", String.valueOf(version));

        mvc.perform(change).andExpect(status().isOk()).andExpect(content().string(containsString("say why you are changing this entry")));
        mvc.perform(change.param("changeReason", "Dose raised by primary care"))
                .andExpect(redirectedUrl("/persons/" + person + "/medications/" + entry));
        mvc.perform(get("/persons/" + person + "/medications/" + entry).with(signedIn.as("prescriber")))
                .andExpect(content().string(allOf(containsString("Dose raised by primary care"), containsString("Added"),
                        containsString("20 mg once daily"))));
    }

    @Test
    @DisplayName("a peer support specialist on the team may read the record but not add a prescription")
    void peerReadsOnly() throws Exception {
        long dan = jdbc.sql("select id from person where legal_family_name = 'Larchmont'").query(Long.class).single();
        mvc.perform(get("/persons/" + dan).with(signedIn.as("peer"))).andExpect(status().isOk());
        mvc.perform(entryForm(dan, "daily", "peer").param("dose", "5"))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder entryForm(long person, String frequency) {
        return entryForm(person, frequency, "prescriber");
    }

    private MockHttpServletRequestBuilder entryForm(long person, String frequency, String username) {
        return post("/persons/" + person + "/medications/new").with(signedIn.as(username)).with(csrf())
                .param("kind", "prescription").param("drugName", "Lamotrigine").param("doseUnit", "mg")
                .param("route", "oral").param("frequency", frequency).param("source", "prescribed-here")
                .param("submissionToken", UUID.randomUUID().toString());
    }

    private long grace() {
        return jdbc.sql("select id from person where legal_family_name = 'Maplewood'").query(Long.class).single();
    }
}
