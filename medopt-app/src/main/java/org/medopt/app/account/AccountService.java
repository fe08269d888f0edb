package org.medopt.app.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.medopt.app.web.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findForSignIn(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    /** The signed-in actor; fails when nobody is signed in. */
    public Actor currentActor() {
        return currentUser().actor();
    }

    /** The signed-in user's display name, for page headers. */
    public String currentDisplayName() {
        return currentUser().displayName();
    }

    public Optional<UserAccount> find(long accountId) {
        return accounts.findById(accountId);
    }

    public Optional<UserAccount> accountOfPerson(long personId) {
        return accounts.findByPerson(personId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserAccount> all() {
        return accounts.findAll();
    }

    /** Opens an account; refuses a taken username, and a person account without its person (or the reverse). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long open(NewAccount account) {
        return openAs(account, currentActor().username());
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
        if ((account.role() == Role.PERSON) != (account.personId() != null)) {
            throw new InvalidInputException("personId", "a person's account needs their record number, and only a person's account has one");
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
