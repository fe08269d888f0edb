package org.medopt.app.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of an authenticated session: the account and its password hash, for Spring Security. */
final class SignedInUser implements UserDetails {

    private final UserAccount account;
    private final String passwordHash;
    private final boolean locked;

    SignedInUser(UserAccount account, String passwordHash, boolean locked) {
        this.account = account;
        this.passwordHash = passwordHash;
        this.locked = locked;
    }

    Actor actor() {
        return account.actor();
    }

    String displayName() {
        return account.displayName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(account.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    /** The same account is the same principal, so that its sessions can be found to end them. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser user && user.getUsername().equals(getUsername());
    }

    @Override
    public int hashCode() {
        return getUsername().hashCode();
    }
}
