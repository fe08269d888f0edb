package org.medopt.app;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@MedOptIntegrationTest
@DisplayName("OpenAPI description")
class OpenApiIT {

    @Autowired MockMvc mvc;

    @Test
    @DisplayName("is served at /api/openapi and describes the person, medication, health context and taper preview endpoints only")
    void describesApi() throws Exception {
        mvc.perform(get("/api/openapi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(jsonPath("$.paths['/api/persons'].post").exists())
                .andExpect(jsonPath("$.paths['/api/persons/{personId}/medications'].get").exists())
                .andExpect(jsonPath("$.paths['/api/persons/{personId}/medications/{entryId}/history'].get").exists())
                .andExpect(jsonPath("$.paths['/api/persons/{personId}/context'].get").exists())
                .andExpect(jsonPath("$.paths['/api/persons/{personId}/conditions/{conditionId}/closure'].post").exists())
                .andExpect(jsonPath("$.paths['/api/persons/{personId}/observations'].post").exists())
                .andExpect(jsonPath("$.paths['/api/taper-plans/preview'].post.requestBody").exists())
                .andExpect(jsonPath("$.components.schemas.TaperPreviewRequest.properties.pacePercent").exists())
                .andExpect(jsonPath("$.components.schemas.StepJson.properties.occupancyPercent").exists())
                .andExpect(jsonPath("$.paths['/caseload']").doesNotExist());
    }
}
