package org.medopt.app.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * After a right password: a sign-in that needs a second factor waits for the code (or, for staff without an
 * authenticator yet, for setting one up) instead of being signed in.
 */
class SecondFactorGate implements AuthenticationSuccessHandler {

    static final SecurityContextRepository SESSIONS = new HttpSessionSecurityContextRepository();

    private final TwoFactorService twoFactor;

    SecondFactorGate(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException {
        TwoFactorState state = twoFactor.stateOf(authentication.getName());
        if (!state.required()) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        SecurityContext pending = SecurityContextHolder.createEmptyContext();
        pending.setAuthentication(new SecondFactorPending(authentication));
        SecurityContextHolder.setContext(pending);
        SESSIONS.saveContext(pending, request, response);
        response.sendRedirect(request.getContextPath() + (state.enrolled() ? "/signin/code" : "/signin/enroll"));
    }
}
