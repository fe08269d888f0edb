package org.medopt.app.taper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.app.account.AccountService;
import org.medopt.app.taper.TaperRecords.Subject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The clinician's taper pages: planning from a medication entry, previewing, saving, starting, and their errors. */
@MedOptIntegrationTest
@DisplayName("Taper plan pages")
class TaperPagesIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired AccountService accounts;

    private TaperRecords records;
    private Subject sam;

    @BeforeEach
    void personOnSertraline() throws Exception {
        records = new TaperRecords(mvc, signedIn, json, jdbc, accounts);
        sam = records.person("taper-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    @DisplayName("the new plan form takes the drug and daily dose from the medication entry")
    void formPrefilledFromEntry() throws Exception {
        String page = mvc.perform(get("/persons/" + sam.personId() + "/taper-plans/new").param("entryId",
                String.valueOf(sam.entryId())).with(signedIn.as("prescriber"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"sertraline\"", "value=\"50\"", "25 mg tablet", "value=\"28\"");
    }

    @Test
    @DisplayName("a preview shows each step's date, dose, how to take it and why, and saves nothing")
    void previewShowsSteps() throws Exception {
        String page = mvc.perform(records.planForm(sam, "preview", Map.of())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Preview:", "steps of", "sertraline", "How to take it", "Why this step",
                "25 mg tablet");
        assertThat(jdbc.sql("select count(*) from taper_plan where person_id = ?").param(sam.personId())
                .query(Integer.class).single()).isZero();
    }

    @Test
    @DisplayName("a pace above 50% is refused at the pace field, with everything typed kept")
    void plannerErrorAtField() throws Exception {
        String page = mvc.perform(records.planForm(sam, "save", Map.of("pace", "60", "stepDays", "21")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"pace-error\"", "at most 50%", "value=\"60\"", "value=\"21\"");
        assertThat(jdbc.sql("select count(*) from taper_plan where person_id = ?").param(sam.personId())
                .query(Integer.class).single()).isZero();
    }

    @Test
    @DisplayName("a step shorter than a week and an unknown drug are each refused at their own field")
    void otherFieldErrors() throws Exception {
        assertThat(mvc.perform(records.planForm(sam, "preview", Map.of("stepDays", "3"))).andReturn().getResponse()
                .getContentAsString()).contains("id=\"stepDays-error\"", "at least one week");
        assertThat(mvc.perform(records.planForm(sam, "preview", Map.of("drug", "notadrug"))).andReturn().getResponse()
                .getContentAsString()).contains("id=\"drug-error\"", "notadrug");
    }

    @Test
    @DisplayName("saving makes a draft with the request and the steps, and the draft can be planned again")
    void saveDraftAndReplan() throws Exception {
        String location = mvc.perform(records.planForm(sam, "save", Map.of())).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long plan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(records.planStatus(plan)).isEqualTo("draft");
        int before = records.steps(plan).size();
        assertThat(before).isGreaterThan(1);

        mvc.perform(records.planForm(sam, "save", Map.of("method", "linear", "pace", "25"))
                .with(r -> {
                    r.setRequestURI("/persons/" + sam.personId() + "/taper-plans/" + plan + "/edit");
                    return r;
                })).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select method from taper_plan where id = ?").param(plan).query(String.class).single())
                .isEqualTo("linear");
        assertThat(records.changes(plan)).containsExactly("plan clinician [] false prescriber",
                "replan clinician [] false prescriber");
        assertThat(records.audited(sam.personId())).contains("prescriber create taper-plan/" + plan,
                "prescriber update taper-plan/" + plan);
    }

    @Test
    @DisplayName("the plan page shows the steps as they stand, the changes with who made them, and the controls")
    void planPage() throws Exception {
        long plan = records.startedPlan(sam);
        String page = mvc.perform(get("/persons/" + sam.personId() + "/taper-plans/" + plan).with(signedIn.as("prescriber")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Steps as they now stand", "Changes to the plan", "Clinician prescriber", "Started",
                "Pause");
        assertThat(records.planStatus(plan)).isEqualTo("active");
        assertThat(records.audited(sam.personId())).contains("prescriber read taper-plan/" + plan);
    }

    @Test
    @DisplayName("the plan page draws the dose over time, with a summary in words, and links both printable sheets")
    void planPageChart() throws Exception {
        long plan = records.startedPlan(sam);
        String page = mvc.perform(get("/persons/" + sam.personId() + "/taper-plans/" + plan).with(signedIn.as("prescriber")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg", "class=\"dose-line\"", "<figcaption", "calendar.pdf", "pharmacy-sheet.pdf");
    }

    @Test
    @DisplayName("the calendar and the pharmacy sheet download as PDFs of the stored plan, and the reads are audited")
    void printableSheets() throws Exception {
        long plan = records.startedPlan(sam);
        String base = "/persons/" + sam.personId() + "/taper-plans/" + plan;
        for (String sheet : new String[] {"/calendar.pdf", "/pharmacy-sheet.pdf"}) {
            byte[] pdf = mvc.perform(get(base + sheet).with(signedIn.as("prescriber")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains("sertraline");
            }
        }
        assertThat(records.audited(sam.personId())).contains("prescriber read taper-plan/" + plan);
    }
}
