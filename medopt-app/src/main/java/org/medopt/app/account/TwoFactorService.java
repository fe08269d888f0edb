package org.medopt.app.account;

import java.time.Clock;
import java.util.OptionalLong;
import org.medopt.app.web.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with an authenticator app: required for staff and administrators, a choice for persons
 * served. Each code is used once. Setting up, replacing or turning off the second factor asks for the password.
 */
@Service
public class TwoFactorService {

    private final AccountRepository accounts;
    private final TotpAuthenticator totp;
    private final PasswordEncoder passwords;
    private final Clock clock;

    TwoFactorService(AccountRepository accounts, TotpAuthenticator totp, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.totp = totp;
        this.passwords = passwords;
        this.clock = clock;
    }

    TwoFactorState stateOf(String username) {
        return accounts.twoFactor(username).orElseThrow(() -> new IllegalStateException("no account " + username));
    }

    /** Whether the code is the account's current one and not used before; a right code is used up. */
    @Transactional
    boolean acceptCode(String username, String code) {
        TwoFactorState state = stateOf(username);
        if (!state.enrolled()) {
            return false;
        }
        OptionalLong step = totp.matchingStep(state.secret(), code, clock.instant());
        return step.isPresent() && accounts.useStep(state.accountId(), step.getAsLong());
    }

    /**
     * Whether an API call signed in with the password may go on: always for an account without a second factor,
     * else only with the account's current code (API calls may come several to a code, so it is not used up).
     */
    boolean allowsApiCall(String username, String code) {
        TwoFactorState state = stateOf(username);
        return !state.required()
                || state.enrolled() && totp.matchingStep(state.secret(), code, clock.instant()).isPresent();
    }

    /** Sets up the authenticator whose code proves it holds {@code secret}. */
    @Transactional
    void enroll(String username, String secret, String code) {
        OptionalLong step = totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "that code does not match: check the app shows MedOpt and try the newest code");
        }
        accounts.saveTwoFactor(stateOf(username).accountId(), secret, step.getAsLong());
    }

    /** Replaces the signed-in user's authenticator, after their password. */
    @Transactional
    void replace(String username, String currentPassword, String secret, String code) {
        requirePassword(username, currentPassword);
        enroll(username, secret, code);
    }

    /** Turns two-factor sign-in off for a person served, after their password; staff cannot. */
    @Transactional
    void turnOff(String username, String currentPassword) {
        TwoFactorState state = stateOf(username);
        if (state.role() != Role.PERSON) {
            throw new InvalidInputException("currentPassword", "staff accounts must keep two-factor sign-in");
        }
        requirePassword(username, currentPassword);
        accounts.saveTwoFactor(state.accountId(), null, null);
    }

    /** Sets up an account with a known secret, for demo data; not reachable from the web. */
    @Transactional
    public void enrollAsSystem(long accountId, String secret) {
        accounts.saveTwoFactor(accountId, secret, null);
    }

    String newSecret() {
        return totp.newSecret();
    }

    String qrCode(String username, String secret) {
        return totp.qrCode(username, secret);
    }

    private void requirePassword(String username, String currentPassword) {
        long accountId = stateOf(username).accountId();
        if (currentPassword == null || !passwords.matches(currentPassword, accounts.passwordHash(accountId))) {
            throw new InvalidInputException("currentPassword", "that is not your current password");
        }
    }
}
