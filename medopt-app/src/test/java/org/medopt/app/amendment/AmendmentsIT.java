package org.medopt.app.amendment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;

/** Dan Larchmont (username {@code person}) asks; his team is a prescriber, a pharmacist and a peer support specialist. */
@MedOptIntegrationTest
@DisplayName("Corrections of the record (45 CFR 164.526)")
class AmendmentsIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    @Test
    @DisplayName("the person asks to correct a medicine; the prescriber denies with a reason; the person's statement of disagreement is kept with the request")
    void deniedThenDisagreed() throws Exception {
        String wrong = "The dose says 50 mg but I take 100 mg " + UUID.randomUUID();
        long request = ask(sertraline(), wrong, "100 mg once daily");

        mvc.perform(get("/persons/" + dan()).with(signedIn.as("prescriber")))
                .andExpect(status().isOk()).andExpect(shows(wrong, "Read and decide"));
        decide("prescriber", request, "denied", "The pharmacy record from last week shows 50 mg dispensed.")
                .andExpect(redirectedUrl("/persons/" + dan() + "/amendments/" + request));
        mvc.perform(get("/portal/amendments").with(signedIn.as("person"))).andExpect(status().isOk())
                .andExpect(shows(wrong, "Denied", "The pharmacy record from last week shows 50 mg dispensed.",
                        "Say why I disagree"));

        mvc.perform(post("/portal/amendments/" + request + "/disagreement").with(signedIn.as("person")).with(csrf())
                .param("statement", "I was told to double it at my last visit."))
                .andExpect(redirectedUrl("/portal/amendments/" + request));

        assertThat(row(request)).containsEntry("status", "denied").containsEntry("decided_by", "prescriber")
                .containsEntry("disagreement_statement", "I was told to double it at my last visit.")
                .containsEntry("what_is_wrong", wrong);
        mvc.perform(get("/persons/" + dan() + "/amendments/" + request).with(signedIn.as("peer")))
                .andExpect(status().isOk()).andExpect(shows("Statement of disagreement", "I was told to double it"));
        assertThat(audited(request)).contains("person create amendment-request/" + request,
                "prescriber update amendment-request/" + request + "/decision",
                "person update amendment-request/" + request + "/disagreement",
                "peer read amendment-request/" + request);
    }

    @Test
    @DisplayName("the person asks to correct their details; the pharmacist accepts and is led to the page where the details are changed")
    void accepted() throws Exception {
        long request = ask(null, "My phone number is old " + UUID.randomUUID(), "555-0199");

        decide("pharmacist", request, "accepted", "").andExpect(redirectedUrl("/persons/" + dan() + "/amendments/" + request));

        mvc.perform(get("/persons/" + dan() + "/amendments/" + request).with(signedIn.as("pharmacist")))
                .andExpect(status().isOk()).andExpect(shows("Accepted", "/persons/" + dan() + "/edit", "Make the correction"));
        assertThat(row(request)).containsEntry("status", "accepted").containsEntry("decided_by", "pharmacist");
    }

    @Test
    @DisplayName("what is wrong, what it should say, and the reason for a denial are each required, and each is asked for at its field")
    void reasonsRequired() throws Exception {
        mvc.perform(post("/portal/amendments/new").with(signedIn.as("person")).with(csrf())
                        .param("whatIsWrong", " ").param("whatItShouldSay", "").param("submissionToken", token()))
                .andExpect(status().isOk())
                .andExpect(shows("say what is wrong in your record", "say what your record should say instead"));
        long request = ask(sertraline(), "Wrong start date " + UUID.randomUUID(), "Started in March");

        decide("prescriber", request, "denied", " ").andExpect(status().isOk())
                .andExpect(shows("id=\"reason-error\"", "say why the request is denied"));
        decide("prescriber", request, "", "").andExpect(status().isOk())
                .andExpect(shows("choose whether to accept or deny the request"));

        assertThat(row(request)).containsEntry("status", "requested");
    }

    @Test
    @DisplayName("a decision is final: deciding a request a second time is refused and changes nothing")
    void decidedOnce() throws Exception {
        long request = ask(sertraline(), "Wrong prescriber " + UUID.randomUUID(), "Dr. Dana Demo");
        decide("prescriber", request, "accepted", "Will correct").andExpect(status().is3xxRedirection());

        decide("pharmacist", request, "denied", "Not wrong").andExpect(status().isOk())
                .andExpect(shows("this request was already decided; a decision is final"));

        assertThat(row(request)).containsEntry("status", "accepted").containsEntry("decided_by", "prescriber");
    }

    @Test
    @DisplayName("peer support reads the request but cannot decide it, and the person cannot decide their own")
    void onlyThoseWhoMayChangeTheRecordDecide() throws Exception {
        String wrong = "Not for sleep " + UUID.randomUUID();
        long request = ask(sertraline(), wrong, "For mood");

        assertThat(mvc.perform(get("/persons/" + dan()).with(signedIn.as("peer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains(wrong).doesNotContain("Read and decide");
        mvc.perform(get("/persons/" + dan() + "/amendments/" + request).with(signedIn.as("peer")))
                .andExpect(status().isOk()).andExpect(shows("Someone on the care team who may change"));
        decide("peer", request, "denied", "No").andExpect(status().isForbidden());
        decide("person", request, "accepted", "Yes").andExpect(status().isForbidden());

        assertThat(row(request)).containsEntry("status", "requested");
        assertThat(jdbc.sql("select count(*) from audit_event where username = 'peer' and person_id = ? "
                + "and outcome = 'denied' and resource = 'record/write_medications'").param(dan()).query(Long.class).single())
                .isPositive();
    }

    @Test
    @DisplayName("staff not on the person's care team see neither the requests nor any one of them")
    void offTheTeam() throws Exception {
        long request = ask(null, "Wrong language " + UUID.randomUUID(), "Spanish");

        mvc.perform(get("/persons/" + dan() + "/amendments/" + request).with(signedIn.as("prescriber2")))
                .andExpect(status().isForbidden());
        decide("prescriber2", request, "accepted", "").andExpect(status().isForbidden());

        assertThat(row(request)).containsEntry("status", "requested");
    }

    @Test
    @DisplayName("a request is reached only through the record it belongs to")
    void otherRecord() throws Exception {
        long request = ask(null, "Wrong e-mail " + UUID.randomUUID(), "none");
        long other = jdbc.sql("select id from person where legal_family_name = 'Maplewood'").query(Long.class).single();

        mvc.perform(get("/persons/" + other + "/amendments/" + request).with(signedIn.as("prescriber")))
                .andExpect(status().isNotFound());
    }

    private long ask(Long entry, String whatIsWrong, String whatItShouldSay) throws Exception {
        var form = post("/portal/amendments/new").with(signedIn.as("person")).with(csrf())
                .param("whatIsWrong", whatIsWrong).param("whatItShouldSay", whatItShouldSay).param("submissionToken", token());
        if (entry != null) {
            form.param("medicationEntryId", entry.toString());
        }
        String location = mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private ResultActions decide(String username, long request, String outcome, String reason) throws Exception {
        return mvc.perform(post("/persons/" + dan() + "/amendments/" + request).with(signedIn.as(username)).with(csrf())
                .param("outcome", outcome).param("reason", reason));
    }

    private static ResultMatcher shows(String... texts) {
        return result -> assertThat(result.getResponse().getContentAsString()).contains(texts);
    }

    private Map<String, Object> row(long request) {
        return jdbc.sql("select status, decided_by, what_is_wrong, disagreement_statement from amendment_request where id = ?")
                .param(request).query().singleRow();
    }

    private List<String> audited(long request) {
        return jdbc.sql("select username || ' ' || action || ' ' || resource from audit_event "
                        + "where person_id = ? and resource like ? and outcome = 'success'")
                .params(dan(), "amendment-request/" + request + "%").query(String.class).list();
    }

    private long dan() {
        return jdbc.sql("select person_id from user_account where username = 'person'").query(Long.class).single();
    }

    private long sertraline() {
        return jdbc.sql("select m.id from medication_entry m join user_account a on a.person_id = m.person_id "
                + "where a.username = 'person' and m.drug_name = 'sertraline'").query(Long.class).single();
    }

    private static String token() {
        return UUID.randomUUID().toString();
    }
}
