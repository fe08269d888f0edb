package org.medopt.app.measurement;

import java.util.List;
import java.util.Set;
import org.medopt.measurement.InstrumentScorer;
import org.medopt.measurement.Instruments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the cited instruments once at start-up and scores them under the licences the deployment holds. */
@Configuration
class MeasurementConfig {

    @Bean
    Instruments instruments() {
        return Instruments.load();
    }

    @Bean
    InstrumentScorer instrumentScorer(Instruments instruments, @Value("${medopt.instruments.licensed:}") List<String> licensed) {
        for (String id : licensed) {
            instruments.get(id);
        }
        return new InstrumentScorer(Set.copyOf(licensed));
    }
}
