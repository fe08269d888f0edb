package org.medopt.app;

import java.time.Clock;
import org.medopt.app.command.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MedOptApplication {

    /** Every timestamp MedOpt stores is UTC. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Validation's "past" and "future" use the same clock as everything else, so a date valid there is valid here. */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        return configuration -> configuration.clockProvider(() -> clock);
    }

    /** Serves MedOpt, or runs the command the first argument names; a command's answer goes to standard out. */
    public static void main(String[] args) {
        if (CommandLine.namesCommand(args)) {
            System.exit(CommandLine.run(MedOptApplication.class, args, System.out));
        }
        SpringApplication.run(MedOptApplication.class, args);
    }
}
