package org.medopt.app.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection ({@code medopt.sign-in.*}). The idle timeout is the servlet session timeout
 * ({@code server.servlet.session.timeout}, 15 minutes by default).
 *
 * @param maxFailures failed sign-ins in a row that lock an account
 * @param lockout how long a locked account stays locked
 * @param sessionLifetime how long a session may last however active it is, before signing in again
 */
@ConfigurationProperties("medopt.sign-in")
public record SignInSettings(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue("8h") Duration sessionLifetime) {
}
