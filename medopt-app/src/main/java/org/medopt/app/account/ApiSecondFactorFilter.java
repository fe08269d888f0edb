package org.medopt.app.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's second factor: a call signed in with the password of an account that uses two-factor sign-in must
 * also carry the current code from the authenticator app in the {@value #HEADER} header.
 */
class ApiSecondFactorFilter extends OncePerRequestFilter {

    static final String HEADER = "X-MedOpt-TOTP";

    private final TwoFactorService twoFactor;

    ApiSecondFactorFilter(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken
                && request.getHeader("Authorization") != null
                && !twoFactor.allowsApiCall(authentication.getName(), request.getHeader(HEADER))) {
            SecurityContextHolder.clearContext();
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("""
                    {"type":"about:blank","title":"Unauthorized","status":401,\
                    "detail":"this account uses two-factor sign-in: send the current code in the %s header"}"""
                    .formatted(HEADER));
            return;
        }
        chain.doFilter(request, response);
    }
}
