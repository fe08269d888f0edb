package org.medopt.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.medopt.app.medication.MedicationDetails;
import org.medopt.app.person.PersonDetails;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;

/**
 * JSON request bodies of the REST API, read as Spring Boot reads them (its builder's defaults: the spring.jackson
 * settings in application.yml only change writing) and validated as Spring does, which creates the package-private
 * constraint validators as beans. Jackson refuses bytes that are not JSON with a JsonProcessingException, or with a
 * CharConversionException when they are not even text; Spring answers both as an unreadable body (400). Seeds:
 * src/test/resources/org/medopt/app/web/RequestBodyFuzzTestsInputs (docs/fuzzing.md).
 */
@DisplayName("Fuzzing the REST API request bodies")
class RequestBodyFuzzTests {

    private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().build();
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .constraintValidatorFactory(new SpringConstraintValidatorFactory(new DefaultListableBeanFactory()))
            .buildValidatorFactory().getValidator();

    @FuzzTest
    @DisplayName("any medication body is refused as unreadable, or read and validated with each problem named at its field")
    void medicationDetails(byte[] body) {
        readAndValidate(body, MedicationDetails.class);
    }

    @FuzzTest
    @DisplayName("any person body is refused as unreadable, or read and validated with each problem named at its field")
    void personDetails(byte[] body) {
        readAndValidate(body, PersonDetails.class);
    }

    private static void readAndValidate(byte[] body, Class<?> type) {
        Object details;
        try {
            details = JSON.readValue(body, type);
        } catch (IOException unreadable) {
            return;
        }
        if (details != null) { // a body of JSON null is refused by Spring as a missing body
            assertThat(VALIDATOR.validate(details)).allSatisfy(violation -> {
                assertThat(violation.getPropertyPath().toString()).isNotBlank();
                assertThat(violation.getMessage()).isNotBlank();
            });
        }
    }
}
