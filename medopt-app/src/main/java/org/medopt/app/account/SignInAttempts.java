package org.medopt.app.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account for a while after too many wrong passwords in a row, on the sign-in page and the API alike,
 * so that a password cannot be guessed by trying. A successful sign-in starts the count again.
 */
@Component
class SignInAttempts {

    private final AccountRepository accounts;
    private final SignInSettings settings;
    private final Clock clock;

    SignInAttempts(AccountRepository accounts, SignInSettings settings, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent failure) {
        accounts.countFailedSignIn(failure.getAuthentication().getName(), settings.maxFailures(),
                OffsetDateTime.now(clock).plus(settings.lockout()));
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent success) {
        accounts.clearFailedSignIns(success.getAuthentication().getName());
    }
}
