package org.medopt.app.account;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A sign-in whose password was right but whose one-time code is still to come. It grants nothing but the pages
 * that ask for the code; the full sign-in it holds takes its place once the code is right.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

    static final String AUTHORITY = "SECOND_FACTOR_PENDING";

    private final Authentication passwordVerified;

    SecondFactorPending(Authentication passwordVerified) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.passwordVerified = passwordVerified;
        setAuthenticated(true);
    }

    Authentication passwordVerified() {
        return passwordVerified;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return passwordVerified.getName();
    }
}
