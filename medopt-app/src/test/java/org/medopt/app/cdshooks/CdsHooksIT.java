package org.medopt.app.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.app.team.CareTeamService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@MedOptIntegrationTest
@DisplayName("CDS Hooks 2.0 service")
class CdsHooksIT {

    private static final String PATIENT_VIEW = "/cds-services/medication-review";
    private static final String ORDER_SIGN = "/cds-services/medication-review-order-sign";
    private static final String BIRTH_DATE = "1979-06-15";
    private static final String STARTED = LocalDate.now().minusMonths(3).toString();

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired SignedIn signedIn;
    @Autowired CareTeamService teams;
    @Autowired UserDetailsService users;

    @Test
    @DisplayName("discovery, open to anyone, offers medication-review for patient-view and medication-review-order-sign for order-sign, with prefetch templates")
    void discovery() throws Exception {
        mvc.perform(get("/cds-services")).andExpect(status().isOk())
                .andExpect(jsonPath("$.services.length()").value(2))
                .andExpect(jsonPath("$.services[0].id").value("medication-review"))
                .andExpect(jsonPath("$.services[0].hook").value("patient-view"))
                .andExpect(jsonPath("$.services[1].id").value("medication-review-order-sign"))
                .andExpect(jsonPath("$.services[1].hook").value("order-sign"))
                .andExpect(jsonPath("$.services[0].description").isString())
                .andExpect(jsonPath("$.services[0].prefetch.patient").value("Patient/{{context.patientId}}"))
                .andExpect(jsonPath("$.services[0].prefetch.medicationRequests")
                        .value("MedicationRequest?patient={{context.patientId}}&status=active"))
                .andExpect(jsonPath("$.services[0].prefetch.medicationStatements")
                        .value("MedicationStatement?patient={{context.patientId}}&status=active"))
                .andExpect(jsonPath("$.services[0].prefetch.conditions").exists())
                .andExpect(jsonPath("$.services[0].prefetch.observations").exists());
    }

    @Nested
    @DisplayName("a call")
    class Calls {

        @Test
        @DisplayName("with every prefetch template answered is reviewed: valproate in a pregnant person is a critical card carrying its finding, its monitoring a warning")
        void withPrefetch() throws Exception {
            call(PATIENT_VIEW, patientView(pregnantOnValproate())).andExpect(status().isOk())
                    .andExpect(jsonPath("$.cards.length()").value(2))
                    .andExpect(jsonPath("$.cards[1].indicator").value("warning"))
                    .andExpect(jsonPath("$.cards[1].extension['org.medopt.finding'].ruleId").value("monitoring-due"))
                    .andExpect(jsonPath("$.cards[0].indicator").value("critical"))
                    .andExpect(jsonPath("$.cards[0].summary").isString())
                    .andExpect(jsonPath("$.cards[0].detail", containsString("**Consider:**")))
                    .andExpect(jsonPath("$.cards[0].source.label").isString())
                    .andExpect(jsonPath("$.cards[0].uuid").isString())
                    .andExpect(jsonPath("$.cards[0].overrideReasons[0].display").isString())
                    .andExpect(jsonPath("$.cards[0].extension['org.medopt.finding'].category").value("condition-interaction"))
                    .andExpect(jsonPath("$.cards[0].extension['org.medopt.finding'].severity").value("critical"))
                    .andExpect(jsonPath("$.cards[0].extension['org.medopt.finding'].rxnorm[0]").value("11118"))
                    .andExpect(jsonPath("$.cards[0].extension['org.medopt.finding'].ruleId").value("valproate-pregnancy"));
        }

        @Test
        @DisplayName("with nothing to find answers an empty list of cards")
        void nothingToFind() throws Exception {
            call(PATIENT_VIEW, patientView(prefetch())).andExpect(status().isOk())
                    .andExpect(jsonPath("$.cards").isEmpty());
        }

        @Test
        @DisplayName("for order-sign without prefetch is refused with 412 Precondition Failed: only medication-review reads MedOpt's record")
        void orderSignWithoutPrefetch() throws Exception {
            call(ORDER_SIGN, signing(null, "{\"resourceType\": \"Bundle\", \"type\": \"collection\"}"))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("medicationStatements")));
        }

        @Test
        @DisplayName("for order-sign reviews the draft orders with the list: valproate ordered for a pregnant person is a critical card")
        void orderSign() throws Exception {
            ObjectNode prefetch = pregnantOnValproate();
            prefetch.set("medicationRequests", json.readTree("{\"resourceType\": \"Bundle\", \"type\": \"searchset\"}"));
            call(ORDER_SIGN, signing(prefetch, "{\"resourceType\": \"Bundle\", \"type\": \"collection\"}"))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.cards").isEmpty());
            call(ORDER_SIGN, signing(prefetch, """
                    {"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {
                      "resourceType": "MedicationRequest", "status": "draft", "intent": "order",
                      "medicationCodeableConcept": {"coding": [
                        {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "11118", "display": "valproic acid"}]}}}]}"""))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.cards[*].extension['org.medopt.finding'].ruleId")
                            .value(org.hamcrest.Matchers.contains("valproate-pregnancy", "monitoring-due")));
        }

        @Test
        @DisplayName("for order-sign without draft orders is refused as invalid input")
        void orderSignNeedsDraftOrders() throws Exception {
            call(ORDER_SIGN, patientView(prefetch()).put("hook", "order-sign")).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("context.draftOrders"));
        }

        @Test
        @DisplayName("of a service for another hook is refused as invalid input")
        void wrongHook() throws Exception {
            call(ORDER_SIGN, patientView(prefetch())).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("hook"));
        }

        @Test
        @DisplayName("with a prefetch value that is not FHIR is refused as invalid input naming the template")
        void invalidPrefetch() throws Exception {
            ObjectNode prefetch = prefetch();
            prefetch.put("patient", "not a resource");
            call(PATIENT_VIEW, patientView(prefetch)).andExpect(status().isBadRequest());
        }
    }

    @Nested
    @DisplayName("feedback")
    class Feedback {

        @Test
        @DisplayName("records an override with its reason against the card, audited as the client's")
        void overrideRecordedAndAudited() throws Exception {
            String card = issuedCard("medication-review");
            String body = """
                    {"feedback": [{"card": "%s", "outcome": "overridden",
                      "overrideReason": {"reason": {"system": "https://medopt.org/cds-hooks/override-reason",
                        "code": "person-choice", "display": "Discussed with the person; they choose to continue"},
                        "userComment": "Talked it through at the visit"},
                      "outcomeTimestamp": "2026-11-23T10:15:00Z"}]}""".formatted(card);
            long auditedBefore = feedbackAudits();
            call(PATIENT_VIEW + "/feedback", json.readTree(body)).andExpect(status().isOk());

            Map<String, Object> stored = jdbc.sql("select * from cds_feedback where card_uuid = ?").param(card).query().singleRow();
            assertThat(stored).containsEntry("outcome", "overridden").containsEntry("override_code", "person-choice")
                    .containsEntry("user_comment", "Talked it through at the visit")
                    .containsEntry("client", DemoClient.ISSUER);
            assertThat(feedbackAudits()).isEqualTo(auditedBefore + 1);
        }

        @Test
        @DisplayName("on a card the service just answered is recorded against that card's finding")
        void feedbackOnAnsweredCard() throws Exception {
            String answer = call(PATIENT_VIEW, patientView(pregnantOnValproate())).andReturn().getResponse().getContentAsString();
            String card = json.readTree(answer).at("/cards/0/uuid").asText();
            assertThat(jdbc.sql("select finding_key from cds_card where uuid = ?").param(card).query(String.class).single())
                    .isEqualTo("valproate-pregnancy:11118");
            call(PATIENT_VIEW + "/feedback", json.readTree("""
                    {"feedback": [{"card": "%s", "outcome": "overridden", "outcomeTimestamp": "2026-11-23T11:00:00Z"}]}"""
                    .formatted(card))).andExpect(status().isOk());
            assertThat(jdbc.sql("select count(*) from cds_feedback where card_uuid = ?").param(card).query(Long.class).single())
                    .isEqualTo(1);
        }

        @Test
        @DisplayName("records an acceptance")
        void acceptanceRecorded() throws Exception {
            String card = issuedCard("medication-review-order-sign");
            call(ORDER_SIGN + "/feedback", json.readTree("""
                    {"feedback": [{"card": "%s", "outcome": "accepted", "acceptedSuggestions": [{"id": "x"}],
                      "outcomeTimestamp": "2026-11-23T10:15:00Z"}]}""".formatted(card))).andExpect(status().isOk());
            assertThat(jdbc.sql("select outcome from cds_feedback where card_uuid = ?").param(card).query(String.class).single())
                    .isEqualTo("accepted");
        }

        @Test
        @DisplayName("on a card this service never gave the client is refused, and nothing is stored")
        void unknownCard() throws Exception {
            String card = issuedCard("medication-review-order-sign");
            call(PATIENT_VIEW + "/feedback", json.readTree("""
                    {"feedback": [{"card": "%s", "outcome": "overridden", "outcomeTimestamp": "2026-11-23T10:15:00Z"}]}"""
                    .formatted(card))).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("feedback[0].card"));
            assertThat(jdbc.sql("select count(*) from cds_feedback where card_uuid = ?").param(card).query(Long.class).single())
                    .isZero();
        }
    }

    @Nested
    @DisplayName("a client is refused (401, with the reason) when its JWT")
    class Refusals {

        @Test
        @DisplayName("is missing")
        void noToken() throws Exception {
            refused(mvc.perform(post(PATIENT_VIEW).contentType(MediaType.APPLICATION_JSON).content("{}")), "Bearer");
        }

        @Test
        @DisplayName("comes from an issuer MedOpt was not configured to trust")
        void unknownIssuer() throws Exception {
            refused(send(DemoClient.sign(DemoClient.claims("https://stranger.example", DemoClient.BASE + "/medication-review",
                    Instant.now().plusSeconds(300)).build())), "Unknown issuer");
        }

        @Test
        @DisplayName("is signed with a key that is not the client's")
        void badSignature() throws Exception {
            refused(send(DemoClient.signedWithAnotherKey(validClaims())), "signature");
        }

        @Test
        @DisplayName("is signed with a shared secret (HMAC), which CDS Hooks forbids")
        void symmetricAlgorithm() throws Exception {
            refused(send(DemoClient.signedWithSharedSecret(validClaims())), "JWT");
        }

        @Test
        @DisplayName("names another endpoint as its audience")
        void wrongAudience() throws Exception {
            refused(send(DemoClient.sign(DemoClient.claims(DemoClient.ISSUER, DemoClient.BASE + "/another-service",
                    Instant.now().plusSeconds(300)).build())), "audience");
        }

        @Test
        @DisplayName("has expired")
        void expired() throws Exception {
            refused(send(DemoClient.sign(DemoClient.claims(DemoClient.ISSUER, DemoClient.BASE + "/medication-review",
                    Instant.now().minusSeconds(600)).build())), "expired");
        }

        @Test
        @DisplayName("was used before (same jti)")
        void replayed() throws Exception {
            String token = DemoClient.token("/medication-review");
            send(token).andExpect(status().isOk());
            refused(send(token), "already used");
        }

        @Test
        @DisplayName("and a signed-in MedOpt account is not a CDS client (403)")
        void accountIsNoClient() throws Exception {
            mvc.perform(post(PATIENT_VIEW).with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                    .content(patientView(prefetch()).toString())).andExpect(status().isForbidden());
        }

        private ResultActions send(String token) throws Exception {
            return mvc.perform(post(PATIENT_VIEW).header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content(patientView(prefetch()).toString()));
        }

        private void refused(ResultActions answer, String reason) throws Exception {
            answer.andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString(reason)));
        }

        private com.nimbusds.jwt.JWTClaimsSet validClaims() {
            return DemoClient.claims(DemoClient.ISSUER, DemoClient.BASE + "/medication-review", Instant.now().plusSeconds(300))
                    .build();
        }
    }

    @Nested
    @DisplayName("without prefetch, reviewing MedOpt's own record for the clinician named in context.userId,")
    class FromTheRecord {

        private static final String PRESCRIBER = "Practitioner/prescriber";
        private static final String PREFETCH_ONLY_CLIENT = "https://prefetch-only-ehr.medopt.invalid";

        @Test
        @DisplayName("gives the prescriber on the care team of a person on phenelzine and sertraline the same cards as prefetch of the same medicines")
        void sameCardsAsPrefetch() throws Exception {
            long person = personOn("phenelzine", 15, "sertraline", 50);

            JsonNode fromRecord = cards(call(PATIENT_VIEW, fromRecord(PRESCRIBER, person)).andExpect(status().isOk()));
            JsonNode fromPrefetch = cards(call(PATIENT_VIEW, patientView(prefetchOf(person, "8123", "phenelzine", 15,
                    "36437", "sertraline", 50))).andExpect(status().isOk()));

            assertThat(fromRecord).isNotEmpty();
            assertThat(findings(fromRecord)).isEqualTo(findings(fromPrefetch));
            assertThat(findings(fromRecord)).anySatisfy(finding -> assertThat(finding)
                    .startsWith("critical drug-interaction").contains("8123").contains("36437"));
        }

        @Test
        @DisplayName("audits the read as the prescriber's, for treatment, made through the CDS client, with no clinical content")
        void auditedAsTheClinicianThroughTheClient() throws Exception {
            long person = personOn("phenelzine", 15, "sertraline", 50);

            call(PATIENT_VIEW, fromRecord(PRESCRIBER, person)).andExpect(status().isOk());

            assertThat(jdbc.sql("""
                    select username, role, action, resource, purpose, outcome, via_client from audit_event
                    where person_id = ? and via_client is not null order by sequence""").param(person)
                    .query((rs, row) -> String.join(" ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7))).list())
                    .containsExactly(
                            "prescriber prescriber read medication-record treatment success " + DemoClient.ISSUER,
                            "prescriber prescriber read health-context/review treatment success " + DemoClient.ISSUER,
                            "prescriber prescriber read medication-review treatment success " + DemoClient.ISSUER);
        }

        @Test
        @DisplayName("refuses a clinician not on the person's care team (403) and audits the refusal as theirs through the client")
        void notOnTheTeam() throws Exception {
            long person = personOn("phenelzine", 15, "sertraline", 50);

            call(PATIENT_VIEW, fromRecord("Practitioner/pharmacist", person)).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("care team")));

            assertThat(jdbc.sql("""
                    select username || ' ' || action || ' ' || outcome || ' ' || via_client from audit_event
                    where person_id = ? and username = 'pharmacist'""").param(person).query(String.class).list())
                    .containsExactly("pharmacist read denied " + DemoClient.ISSUER);
            assertThat(jdbc.sql("select count(*) from audit_event where person_id = ? and outcome = 'success' and via_client is not null")
                    .param(person).query(Long.class).single()).isZero();
        }

        @Test
        @DisplayName("leaves out what the clinician may not read: a 42 CFR Part 2 methadone entry shapes the pharmacist's cards only for its author, the prescriber")
        void sensitiveEntriesAsTheClinicianMayRead() throws Exception {
            long person = personOn("lorazepam", 1, "sertraline", 50);
            long methadone = json.readTree(medication(person, "methadone", 60)).get("id").asLong();
            mvc.perform(post("/persons/" + person + "/medications/" + methadone + "/sensitivity")
                    .with(signedIn.as("prescriber")).with(csrf()).param("category", "sud-part2"))
                    .andExpect(status().is3xxRedirection());
            joinTeam(person, "pharmacist");

            assertThat(findings(cards(call(PATIENT_VIEW, fromRecord("Practitioner/pharmacist", person))
                    .andExpect(status().isOk())))).isNotEmpty().noneMatch(finding -> finding.contains("\"6813\""));
            assertThat(findings(cards(call(PATIENT_VIEW, fromRecord(PRESCRIBER, person)).andExpect(status().isOk()))))
                    .anyMatch(finding -> finding.startsWith("critical") && finding.contains("\"6813\""));
        }

        @Test
        @DisplayName("refuses a user who is no MedOpt staff account: unknown, the administrator, or not named as a Practitioner (403)")
        void noStaffAccount() throws Exception {
            long person = personOn("sertraline", 50, "phenelzine", 15);

            for (String userId : new String[] {"Practitioner/nobody-" + UUID.randomUUID(), "Practitioner/admin",
                    "Patient/" + person, "prescriber"}) {
                call(PATIENT_VIEW, fromRecord(userId, person)).andExpect(status().isForbidden())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .andExpect(jsonPath("$.detail", containsString("context.userId")));
            }
        }

        @Test
        @DisplayName("answers 404 for a person MedOpt does not know")
        void unknownPerson() throws Exception {
            ObjectNode body = patientView(null);
            ((ObjectNode) body.get("context")).put("userId", PRESCRIBER).put("patientId", "987654321098");
            call(PATIENT_VIEW, body).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }

        @Test
        @DisplayName("refuses a client not configured to have records read with 412: prefetch is required for it")
        void clientWithoutRecordAccess() throws Exception {
            long person = personOn("phenelzine", 15, "sertraline", 50);
            String token = DemoClient.sign(DemoClient.claims(PREFETCH_ONLY_CLIENT, DemoClient.BASE + "/medication-review",
                    Instant.now().plusSeconds(300)).build());

            mvc.perform(post(PATIENT_VIEW).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                            .content(fromRecord(PRESCRIBER, person).toString()))
                    .andExpect(status().isPreconditionFailed())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", containsString("Prefetch is required for this client")));
            assertThat(jdbc.sql("select count(*) from audit_event where person_id = ? and via_client is not null")
                    .param(person).query(Long.class).single()).isZero();
        }

        private ObjectNode fromRecord(String userId, long person) {
            ObjectNode body = patientView(null);
            ((ObjectNode) body.get("context")).put("userId", userId).put("patientId", Long.toString(person));
            return body;
        }

        /** A person the prescriber registers (and so is on the care team of) with two medicines taken once daily. */
        private long personOn(String first, int firstMg, String second, int secondMg) throws Exception {
            long person = json.readTree(mvc.perform(post("/api/persons").with(signedIn.as("prescriber"))
                            .contentType(MediaType.APPLICATION_JSON).content(json.createObjectNode()
                                    .put("legalGivenName", "Robin").put("legalFamilyName", "Cds" + UUID.randomUUID().toString()
                                            .substring(0, 8)).put("birthDate", BIRTH_DATE).put("preferredLanguage", "English")
                                    .toString()))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asLong();
            medication(person, first, firstMg);
            medication(person, second, secondMg);
            return person;
        }

        /** The administrator adds the demo account to the person's care team, as a call from the team page would. */
        private void joinTeam(long person, String username) {
            UserDetails admin = users.loadUserByUsername("admin");
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            try {
                teams.add(person, jdbc.sql("select id from user_account where username = ?").param(username)
                        .query(Long.class).single());
            } finally {
                SecurityContextHolder.clearContext();
            }
        }

        private String medication(long person, String drugName, int mg) throws Exception {
            return mvc.perform(post("/api/persons/" + person + "/medications").with(signedIn.as("prescriber"))
                    .contentType(MediaType.APPLICATION_JSON).content(json.createObjectNode().put("kind", "prescription")
                            .put("drugName", drugName).put("dose", mg).put("doseUnit", "mg").put("route", "oral")
                            .put("frequency", "once daily").put("startDate", STARTED).put("source", "prescribed-here")
                            .toString()))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        }

        /** The same person and medicines as FHIR prefetch: the Patient and two active once-daily MedicationRequests. */
        private ObjectNode prefetchOf(long person, String rxcui1, String name1, int mg1, String rxcui2, String name2, int mg2)
                throws Exception {
            ObjectNode prefetch = json.createObjectNode();
            prefetch.set("patient", json.readTree("""
                    {"resourceType": "Patient", "id": "%d", "birthDate": "%s"}""".formatted(person, BIRTH_DATE)));
            prefetch.set("medicationRequests", json.readTree("""
                    {"resourceType": "Bundle", "type": "searchset", "entry": [%s, %s]}""".formatted(
                    request(rxcui1, name1, mg1), request(rxcui2, name2, mg2))));
            prefetch.putNull("medicationStatements");
            prefetch.putNull("conditions");
            prefetch.putNull("observations");
            return prefetch;
        }

        private String request(String rxcui, String name, int mg) {
            return """
                    {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
                      "authoredOn": "%s",
                      "medicationCodeableConcept": {"coding": [
                        {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "%s", "display": "%s"}]},
                      "dosageInstruction": [{"timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "d"}},
                        "doseAndRate": [{"doseQuantity": {"value": %d, "system": "http://unitsofmeasure.org", "code": "mg"}}]}]}}"""
                    .formatted(STARTED, rxcui, name, mg);
        }

        private JsonNode cards(ResultActions answer) throws Exception {
            return json.readTree(answer.andReturn().getResponse().getContentAsString()).get("cards");
        }

        /** Each card as "indicator category ruleId rxnorm summary", in the order given: everything but its uuid. */
        private List<String> findings(JsonNode cards) {
            List<String> findings = new ArrayList<>();
            cards.forEach(card -> {
                JsonNode finding = card.get("extension").get("org.medopt.finding");
                findings.add(String.join(" ", card.get("indicator").asText(), finding.get("category").asText(),
                        finding.get("ruleId").asText(), finding.get("rxnorm").toString(), card.get("summary").asText(),
                        card.get("detail").asText()));
            });
            return findings;
        }
    }

    private ResultActions call(String path, Object body) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer " + DemoClient.token(path.substring("/cds-services".length())))
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    private ObjectNode patientView(ObjectNode prefetch) {
        ObjectNode body = json.createObjectNode().put("hook", "patient-view").put("hookInstance", UUID.randomUUID().toString());
        body.putObject("context").put("userId", "Practitioner/synthetic").put("patientId", "synthetic-1");
        if (prefetch != null) {
            body.set("prefetch", prefetch);
        }
        return body;
    }

    /** The synthetic person on sertraline (ordered) and tramadol (reported), with no conditions or results on file. */
    private ObjectNode prefetch() throws Exception {
        ObjectNode prefetch = json.createObjectNode();
        prefetch.set("patient", json.readTree("""
                {"resourceType": "Patient", "id": "synthetic-1", "gender": "female", "birthDate": "1980-04-12"}"""));
        prefetch.set("medicationRequests", json.readTree("""
                {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {
                  "resourceType": "MedicationRequest", "status": "active", "intent": "order",
                  "medicationCodeableConcept": {"coding": [
                    {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "36437", "display": "sertraline"}]},
                  "dosageInstruction": [{"timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "d"}},
                    "doseAndRate": [{"doseQuantity": {"value": 50, "system": "http://unitsofmeasure.org", "code": "mg"}}]}]}}]}"""));
        prefetch.set("medicationStatements", json.readTree("""
                {"resourceType": "Bundle", "type": "searchset", "entry": []}"""));
        prefetch.putNull("conditions");
        prefetch.putNull("observations");
        return prefetch;
    }

    private ObjectNode signing(ObjectNode prefetch, String draftOrders) throws Exception {
        ObjectNode body = patientView(prefetch).put("hook", "order-sign");
        ((ObjectNode) body.get("context")).set("draftOrders", json.readTree(draftOrders));
        return body;
    }

    /** The synthetic person of valproate-pregnancy.json: on valproic acid, latest pregnancy status pregnant. */
    private ObjectNode pregnantOnValproate() throws Exception {
        ObjectNode prefetch = json.createObjectNode();
        prefetch.set("patient", json.readTree("""
                {"resourceType": "Patient", "id": "synthetic-3", "gender": "female", "birthDate": "1996-07-21"}"""));
        prefetch.set("medicationRequests", json.readTree("""
                {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {
                  "resourceType": "MedicationRequest", "status": "active", "intent": "order",
                  "medicationCodeableConcept": {"coding": [
                    {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "11118", "display": "valproic acid"}]}}}]}"""));
        prefetch.putNull("medicationStatements");
        prefetch.putNull("conditions");
        prefetch.set("observations", json.readTree("""
                {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": {
                  "resourceType": "Observation", "status": "final",
                  "code": {"coding": [{"system": "http://loinc.org", "code": "82810-3", "display": "Pregnancy status"}]},
                  "effectiveDateTime": "2026-11-02",
                  "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "77386006"}]}}}]}"""));
        return prefetch;
    }

    /** A card as the service would have issued it to the demo client, for feedback to refer to. */
    private String issuedCard(String serviceId) {
        String uuid = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into cds_card (uuid, service_id, client, hook_instance, rule_id, finding_key, severity,
                    knowledge_version, issued_at)
                values (?, ?, ?, ?, 'a-rule', 'a-rule:36437', 'warning', '2026.11.0', ?)""")
                .params(uuid, serviceId, DemoClient.ISSUER, UUID.randomUUID().toString(), OffsetDateTime.now()).update();
        return uuid;
    }

    private long feedbackAudits() {
        return jdbc.sql("""
                select count(*) from audit_event
                where username = ? and role = 'cds-client' and action = 'create' and resource = 'cds-feedback'""")
                .param(DemoClient.ISSUER).query(Long.class).single();
    }
}
