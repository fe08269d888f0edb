package org.medopt.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
@DisplayName("The person's portal")
class PortalPagesIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    @Test
    @DisplayName("shows the person their own medications, their own words, and who else opened their record")
    void home() throws Exception {
        mvc.perform(get("/api/persons/" + myRecord()).with(signedIn.as("pharmacist"))).andExpect(status().isOk());
        mvc.perform(get("/portal").with(signedIn.as("person")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hello, Dan"), containsString("sertraline"),
                        containsString("Keeps the dark days away"), containsString("<td>pharmacist</td>"),
                        not(containsString("<td>person</td>")), not(containsString("Maplewood")))));
    }

    @Test
    @DisplayName("the person's accounting of disclosures lists who else opened the record, in which role and why, and is itself audited")
    void accessLog() throws Exception {
        mvc.perform(get("/persons/" + myRecord()).with(signedIn.as("pharmacist"))).andExpect(status().isOk());
        String page = mvc.perform(get("/portal/access").with(signedIn.as("person")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<td>pharmacist</td>", "Care by the person&#39;s team")
                .doesNotContain("<td>person</td>");
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = ? and username = 'person' and resource = 'access-log'")
                .param(myRecord()).query(Long.class).single()).isPositive();
    }

    @Test
    @DisplayName("a person cannot open or write on someone else's medication entry by guessing its number")
    void otherPersonsEntryNotFound() throws Exception {
        long othersEntry = jdbc.sql("""
                select m.id from medication_entry m join person p on p.id = m.person_id
                where p.legal_family_name = 'Maplewood' and m.drug_name = 'lisinopril'""").query(Long.class).single();
        mvc.perform(get("/portal/medications/" + othersEntry + "/words").with(signedIn.as("person")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/portal/medications/" + othersEntry + "/words").with(signedIn.as("person")).with(csrf())
                .param("personExperience", "not mine").param("version", "0")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from medication_entry where person_experience = 'not mine'")
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("the add form offers only what a person may add themselves")
    void addFormWithoutPrescription() throws Exception {
        mvc.perform(get("/portal/medications/new").with(signedIn.as("person")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"herbal\""),
                        not(containsString("value=\"prescription\"")))));
    }

    private long myRecord() {
        return jdbc.sql("select person_id from user_account where username = 'person'").query(Long.class).single();
    }

    @Test
    @DisplayName("a person adds a supplement they take, recorded as reported by them whatever source the form claims")
    void addsSupplement() throws Exception {
        String frequency = "with breakfast " + UUID.randomUUID();
        mvc.perform(selfReport("supplement", "melatonin", frequency, "prescribed-here"))
                .andExpect(redirectedUrl("/portal#medications"));
        assertThat(jdbc.sql("select source || ' ' || kind || ' ' || created_by from medication_entry where frequency = ?")
                .param(frequency).query(String.class).single()).isEqualTo("reported-by-person supplement person");
    }

    @Test
    @DisplayName("a person cannot record a prescription, and is told who can")
    void cannotAddPrescription() throws Exception {
        String frequency = "daily " + UUID.randomUUID();
        mvc.perform(selfReport("prescription", "diazepam", frequency, "reported-by-person"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("prescriptions are recorded by the care team")));
        assertThat(jdbc.sql("select count(*) from medication_entry where frequency = ?").param(frequency)
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("a person writes in their own words how a medicine is going, kept in the entry's history")
    void writesOwnWords() throws Exception {
        long entry = jdbc.sql("""
                select m.id from medication_entry m join user_account a on a.person_id = m.person_id
                where a.username = 'person' and m.drug_name = 'trazodone'""").query(Long.class).single();
        int version = jdbc.sql("select version from medication_entry where id = ?").param(entry).query(Integer.class).single();
        String words = "Sleeping better, a bit groggy " + UUID.randomUUID();

        mvc.perform(get("/portal/medications/" + entry + "/words").with(signedIn.as("person"))).andExpect(status().isOk());
        mvc.perform(post("/portal/medications/" + entry + "/words").with(signedIn.as("person")).with(csrf())
                        .param("personPurpose", "Sleep").param("personExperience", words).param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/portal#medications"));

        assertThat(jdbc.sql("select change_reason || ' / ' || changed_by from medication_entry_revision "
                + "where entry_id = ? and person_experience = ?").params(entry, words).query(String.class).single())
                .isEqualTo("The person updated their own words / person");
    }

    @Test
    @DisplayName("staff pages are closed to a person served")
    void staffPagesClosed() throws Exception {
        mvc.perform(get("/caseload").with(signedIn.as("person"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(signedIn.as("person"))).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder selfReport(String kind, String drug, String frequency, String source) {
        return post("/portal/medications/new").with(signedIn.as("person")).with(csrf())
                .param("kind", kind).param("drugName", drug).param("dose", "3").param("doseUnit", "mg")
                .param("route", "oral").param("frequency", frequency).param("source", source)
                .param("submissionToken", UUID.randomUUID().toString());
    }
}
