package org.medopt.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@MedOptIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@DisplayName("Log files")
class LogContentIT {

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired ObjectMapper json;

    @Test
    @DisplayName("hold no clinical content: a record written, read, refused and sent bad input leaves none of it in the log")
    void noClinicalContent(CapturedOutput log) throws Exception {
        String marker = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String created = mvc.perform(post("/api/persons").with(signedIn.as("prescriber")).contentType(MediaType.APPLICATION_JSON)
                        .content(json.createObjectNode().put("legalGivenName", marker).put("legalFamilyName", marker + "son")
                                .put("birthDate", "1970-01-01").put("preferredLanguage", "English").toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long person = json.readTree(created).get("id").asLong();
        mvc.perform(post("/api/persons/" + person + "/medications").with(signedIn.as("prescriber"))
                .contentType(MediaType.APPLICATION_JSON).content(json.createObjectNode().put("kind", "prescription")
                        .put("drugName", "lithium").put("dose", 300).put("doseUnit", "mg").put("route", "oral")
                        .put("frequency", "twice daily").put("indication", "indication " + marker)
                        .put("source", "prescribed-here").toString()))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/persons/" + person + "/medications").with(signedIn.as("prescriber"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"drugName\": \"" + marker + "\", \"dose\": \"lots\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/persons/" + person).with(signedIn.as("prescriber"))).andExpect(status().isOk());
        mvc.perform(get("/persons/" + person).with(signedIn.as("prescriber2"))).andExpect(status().isForbidden());

        assertThat(log.getAll()).doesNotContain(marker).doesNotContain("lithium");
    }
}
