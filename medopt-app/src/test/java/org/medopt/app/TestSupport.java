package org.medopt.app;

import java.util.concurrent.atomic.AtomicBoolean;
import org.medopt.app.team.CareTeamService;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
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

    @Bean
    CareTeams careTeams(UserDetailsService users, CareTeamService teams, JdbcClient jdbc) {
        return new CareTeams(users, teams, jdbc);
    }

    /** Signs a MockMvc request in as one of the demo accounts. */
    public record SignedIn(UserDetailsService users) {

        public RequestPostProcessor as(String username) {
            return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
        }
    }

    /** Puts accounts on a person's care team as the administrator does from the team page. */
    public record CareTeams(UserDetailsService users, CareTeamService teams, JdbcClient jdbc) {

        public void join(long personId, String username) {
            UserDetails admin = users.loadUserByUsername("admin");
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
            try {
                teams.add(personId, jdbc.sql("select id from user_account where username = ?").param(username)
                        .query(Long.class).single());
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
