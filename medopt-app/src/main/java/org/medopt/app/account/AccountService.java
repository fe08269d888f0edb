package org.medopt.app.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.medopt.app.web.InvalidInputException;
import org.medopt.app.web.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in accounts: who may sign in, in which role, and who is signed in now. */
@Service
public class AccountService implements UserDetailsService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SessionRegistry sessions;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, SessionRegistry sessions, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findForSignIn(username, OffsetDateTime.now(clock))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    /** The signed-in actor; fails when nobody is signed in. */
    public Actor currentActor() {
        return currentUser().actor();
    }

    /** The record of the signed-in person served; fails for staff, who have none. */
    public long ownRecord() {
        Long personId = currentActor().personId();
        if (personId == null) {
            throw new IllegalStateException("only a person served has a record of their own");
        }
        return personId;
    }

    /**
     * The enabled clinical staff account of that username, as an actor; empty for an unknown, disabled, person's or
     * administrator's account. For a system acting on a clinician's behalf (a CDS client naming its user), never a
     * sign-in: nobody is signed in by it, and every access is still decided by the access policy for that actor.
     */
    public Optional<Actor> enabledStaff(String username) {
        return accounts.findByUsername(username)
                .filter(account -> account.enabled() && account.role().clinicalStaff())
                .map(UserAccount::actor);
    }

    public Optional<UserAccount> find(long accountId) {
        return accounts.findById(accountId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> all() {
        return accounts.findAll();
    }

    /** Opens a staff or administrator account; refuses a taken username. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long open(NewAccount account) {
        if (account.role() == Role.PERSON) {
            throw new InvalidInputException("role", "open a person's portal account from their care-team page");
        }
        return openAs(account, currentActor().username());
    }

    /**
     * Opens the one portal account of a person served. Callers audit it against the person's record, since the
     * account opens that record.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long openForPerson(long personId, PortalAccount account, String displayName) {
        if (accounts.findByPerson(personId).isPresent()) {
            throw new InvalidInputException("username", "this person already has a portal account");
        }
        return openAs(new NewAccount(account.username(), account.password(), Role.PERSON, displayName, personId),
                currentActor().username());
    }

    /**
     * Changes the signed-in user's password after checking their current one, and ends their other sessions, so
     * that whoever else may have known the old password is signed out.
     */
    @Transactional
    public void changePassword(PasswordChange change, String currentSessionId) {
        Actor actor = currentActor();
        if (!passwords.matches(change.currentPassword(), accounts.passwordHash(actor.accountId()))) {
            throw new InvalidInputException("currentPassword", "that is not your current password");
        }
        if (!change.newPassword().equals(change.repeatedPassword())) {
            throw new InvalidInputException("repeatedPassword", "the two new passwords differ");
        }
        accounts.changePassword(actor.accountId(), passwords.encode(change.newPassword()));
        endSessions(actor.username(), currentSessionId);
    }

    /** Disables or enables an account; disabling signs it out everywhere at once. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(long accountId, boolean enabled) {
        UserAccount account = find(accountId).orElseThrow(() -> new RecordNotFoundException("account", accountId));
        if (!enabled && account.id() == currentActor().accountId()) {
            throw new InvalidInputException("accountId", "you cannot disable your own account");
        }
        accounts.setEnabled(accountId, enabled);
        if (!enabled) {
            endSessions(account.username(), null);
        }
    }

    private void endSessions(String username, String exceptSessionId) {
        sessions.getAllPrincipals().stream()
                .filter(principal -> principal instanceof SignedInUser user && user.getUsername().equals(username))
                .flatMap(principal -> sessions.getAllSessions(principal, false).stream())
                .filter(session -> !session.getSessionId().equals(exceptSessionId))
                .forEach(SessionInformation::expireNow);
    }

    /** Whether the account is locked now after too many failed sign-ins. */
    public boolean locked(String username) {
        return accounts.locked(username, OffsetDateTime.now(clock));
    }

    /** Opens an account on behalf of the system (demo data, installation); not reachable from the web. */
    @Transactional
    public long openAsSystem(NewAccount account) {
        return openAs(account, "system");
    }

    private long openAs(NewAccount account, String createdBy) {
        if (accounts.usernameTaken(account.username())) {
            throw new InvalidInputException("username", "the username '" + account.username() + "' is already taken");
        }
        return accounts.insert(account, passwords.encode(account.password()), createdBy, OffsetDateTime.now(clock));
    }

    private static SignedInUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof SignedInUser user)) {
            throw new IllegalStateException("nobody is signed in");
        }
        return user;
    }
}
