package org.medopt.app.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.app.account.PortalAccount;
import org.medopt.app.person.PersonService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@MedOptIntegrationTest
@DisplayName("The person downloads their whole record")
class RecordExportIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;
    @Autowired UserDetailsService users;
    @Autowired PersonService persons;

    @Test
    @DisplayName("the FHIR bundle is a collection with the person and one MedicationStatement per entry, RxNorm-coded where the drug is in the catalog")
    void fhirBundle() throws Exception {
        MockHttpServletResponse response = download("record.json");
        assertThat(response.getContentType()).startsWith("application/fhir+json");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;").contains(".json");

        Bundle bundle = FhirContext.forR4Cached().newJsonParser().parseResource(Bundle.class, response.getContentAsString());
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        Patient patient = only(bundle, Patient.class).get(0);
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Larchmont");
        assertThat(patient.getName()).anyMatch(name -> name.getGivenAsSingleString().equals("Dan"));
        assertThat(only(bundle, CareTeam.class)).hasSize(1);

        List<String> statements = only(bundle, MedicationStatement.class).stream()
                .map(statement -> statement.getMedicationCodeableConcept().getText() + " " + statement.getMedicationCodeableConcept()
                        .getCoding().stream().filter(coding -> coding.getSystem().equals(FhirMedications.RXNORM))
                        .map(Coding::getCode).findFirst().orElse("no-code"))
                .toList();
        List<String> entries = jdbc.sql("select drug_name || ' ' || coalesce(rxcui, 'no-code') from medication_entry where person_id = ?")
                .param(myRecord()).query(String.class).list();
        assertThat(statements).containsExactlyInAnyOrderElementsOf(entries).anyMatch(statement -> !statement.endsWith("no-code"));
        assertThat(only(bundle, MedicationStatement.class))
                .filteredOn(statement -> statement.getMedicationCodeableConcept().getText().equals("sertraline"))
                .singleElement().satisfies(statement -> {
                    assertThat(statement.getMedicationCodeableConcept().getCodingFirstRep().getCode()).isEqualTo(rxcuiOf("sertraline"));
                    assertThat(statement.getStatus()).isEqualTo(MedicationStatement.MedicationStatementStatus.ACTIVE);
                    assertThat(statement.getNote()).anyMatch(note -> note.getText().contains("Keeps the dark days away"));
                });
    }

    @Test
    @DisplayName("the bundle and the PDF hold the person's sex, conditions (a resolved one marked resolved) and results")
    void healthContext() throws Exception {
        Bundle bundle = FhirContext.forR4Cached().newJsonParser()
                .parseResource(Bundle.class, download("record.json").getContentAsString());

        assertThat(only(bundle, Patient.class).get(0).getGender()).isEqualTo(AdministrativeGender.MALE);
        assertThat(only(bundle, Condition.class)).anySatisfy(condition -> {
            assertThat(condition.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://hl7.org/fhir/sid/icd-10-cm");
            assertThat(condition.getCode().getCodingFirstRep().getCode()).isEqualTo("F33.1");
            assertThat(condition.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("active");
        }).anySatisfy(condition -> {
            assertThat(condition.getCode().getCodingFirstRep().getCode()).isEqualTo("F41.1");
            assertThat(condition.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("resolved");
            assertThat(condition.hasAbatementDateTimeType()).isTrue();
        });
        assertThat(only(bundle, Observation.class)).anySatisfy(observation -> {
            assertThat(observation.getCode().getCodingFirstRep().getCode()).isEqualTo("29463-7");
            assertThat(observation.getValueQuantity().getUnit()).isEqualTo("kg");
        });
        assertThat(pdfText(download("record.pdf").getContentAsByteArray())).contains("My health", "Insomnia, unspecified",
                "Body weight");
    }

    @Test
    @DisplayName("the person's own download holds their 42 CFR Part 2 entries, which their care team reads only with consent")
    void includesPart2Entries() throws Exception {
        String frequency = "once daily " + UUID.randomUUID();
        long entry = json.readTree(mvc.perform(post("/api/persons/" + myRecord() + "/medications").with(signedIn.as("prescriber"))
                .contentType(MediaType.APPLICATION_JSON).content(json.createObjectNode().put("kind", "prescription")
                        .put("drugName", "buprenorphine").put("dose", 16).put("doseUnit", "mg").put("route", "sublingual")
                        .put("frequency", frequency).put("source", "prescribed-here").toString()))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        mvc.perform(post("/persons/" + myRecord() + "/medications/" + entry + "/sensitivity").with(signedIn.as("prescriber"))
                .with(csrf()).param("category", "sud-part2")).andExpect(status().is3xxRedirection());

        assertThat(download("record.json").getContentAsString()).contains(frequency);
        assertThat(pdfText(download("record.pdf").getContentAsByteArray())).contains("buprenorphine");
    }

    @Test
    @DisplayName("the person's consent to share is a Consent in the bundle and a line of the PDF, with their care team")
    void sharingChoices() throws Exception {
        String username = "rowan-" + UUID.randomUUID().toString().substring(0, 8);
        long person = json.readTree(mvc.perform(post("/api/persons").with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                .content(json.createObjectNode().put("legalGivenName", "Rowan").put("legalFamilyName", "Ashdown")
                        .put("birthDate", "1979-08-09").put("preferredLanguage", "English").toString()))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            persons.openPortalAccount(person, new PortalAccount(username, "a long enough secret"));
        } finally {
            SecurityContextHolder.clearContext();
        }
        mvc.perform(post("/portal/sharing").with(signedIn.as(username)).with(csrf()).param("category", "sud-part2")
                .param("share", "true").param("signedName", "Rowan Ashdown")).andExpect(status().is3xxRedirection());

        Bundle bundle = FhirContext.forR4Cached().newJsonParser()
                .parseResource(Bundle.class, download("record.json", username).getContentAsString());
        assertThat(only(bundle, Consent.class)).singleElement().satisfies(consent -> {
            assertThat(consent.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
            assertThat(consent.getProvision().getType()).isEqualTo(Consent.ConsentProvisionType.PERMIT);
        });
        assertThat(only(bundle, CareTeam.class)).singleElement()
                .satisfies(team -> assertThat(team.getParticipantFirstRep().getMember().getDisplay()).isEqualTo("Dr. Dana Demo"));
        assertThat(pdfText(download("record.pdf", username).getContentAsByteArray()))
                .contains("Rowan Ashdown", "Substance use treatment records (42 CFR Part 2)", "still shared", "Dr. Dana Demo");
    }

    @Test
    @DisplayName("the PDF is a readable document with the person's name, their medicines and their own words")
    void readablePdf() throws Exception {
        MockHttpServletResponse response = download("record.pdf");
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;").contains(".pdf");
        byte[] pdf = response.getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        String text = pdfText(pdf);
        assertThat(text).contains("Medication record of Dan Larchmont", "Daniel Larchmont", "sertraline", "150 mg once daily",
                "Depression", "Keeps the dark days away", "My care team", "What I share with my care team", " UTC");
    }

    @Test
    @DisplayName("each download is itself in the audit log, as the person's own access")
    void audited() throws Exception {
        long before = exports();
        download("record.json");
        download("record.pdf");
        assertThat(exports() - before).isEqualTo(2);
        assertThat(jdbc.sql("select distinct purpose from audit_event where username = 'person' and resource like 'record-export/%'")
                .query(String.class).list()).containsExactly("individual-access");
    }

    @Test
    @DisplayName("staff, even on the person's care team, and other persons cannot download the record")
    void othersCannotDownload() throws Exception {
        for (String other : List.of("prescriber", "pharmacist", "peer", "caremanager", "admin", "teen")) {
            for (String file : List.of("record.json", "record.pdf")) {
                int status = mvc.perform(get("/portal/" + file).with(signedIn.as(other))).andReturn().getResponse().getStatus();
                if (!other.equals("teen")) {
                    assertThat(status).as(other + " downloading " + file).isEqualTo(403);
                } else {
                    assertThat(status).as("another person gets only their own record").isEqualTo(200);
                }
            }
        }
        String teens = download("record.json", "teen").getContentAsString();
        assertThat(teens).doesNotContain("Larchmont");
    }

    private MockHttpServletResponse download(String file) throws Exception {
        return download(file, "person");
    }

    private MockHttpServletResponse download(String file, String username) throws Exception {
        return mvc.perform(get("/portal/" + file).with(signedIn.as(username))).andExpect(status().isOk()).andReturn().getResponse();
    }

    private long exports() {
        return jdbc.sql("select count(*) from audit_event where person_id = ? and username = 'person' "
                + "and action = 'read' and resource in ('record-export/json', 'record-export/pdf')")
                .param(myRecord()).query(Long.class).single();
    }

    private static <T extends Resource> List<T> only(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }

    /** The PDF's words; table cells wrap their text onto several lines, so line breaks count as spaces. */
    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private String rxcuiOf(String drug) {
        return jdbc.sql("select rxcui from medication_entry where person_id = ? and drug_name = ?").params(myRecord(), drug)
                .query(String.class).single();
    }

    private long myRecord() {
        return jdbc.sql("select person_id from user_account where username = 'person'").query(Long.class).single();
    }
}
