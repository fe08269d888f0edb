package org.medopt.app;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/** What integration tests share: a clean database at the start of a run, and signing in as a demo user. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    /** Empties the test database once per run, so a PostgreSQL run starts from the migrations like H2 does. */
    @Bean
    FlywayMigrationStrategy cleanOncePerRun() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }

    @Bean
    SignedIn signedIn(UserDetailsService users) {
        return new SignedIn(users);
    }

    /** Signs a MockMvc request in as one of the demo accounts. */
    public record SignedIn(UserDetailsService users) {

        public RequestPostProcessor as(String username) {
            return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
        }
    }
}
