package org.medopt.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

@DisplayName("Absolute session lifetime")
class SessionLifetimeFilterTests {

    private static final Instant SIGN_IN = Instant.parse("2026-11-23T08:00:00Z");
    private static final SignInSettings EIGHT_HOURS = new SignInSettings(5, Duration.ofMinutes(15), Duration.ofHours(8));

    private final MockHttpSession session = new MockHttpSession();

    @BeforeEach
    void signedIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "prescriber", null, List.of(new SimpleGrantedAuthority("ROLE_PRESCRIBER"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("a session still in use after 7 hours 59 minutes carries on")
    void withinLifetime() throws Exception {
        request(SIGN_IN);
        MockHttpServletResponse response = request(SIGN_IN.plus(Duration.ofHours(7).plusMinutes(59)));
        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    @DisplayName("a session however busy ends once 8 hours have passed since sign-in, and asks to sign in again")
    void beyondLifetime() throws Exception {
        request(SIGN_IN);
        MockHttpServletResponse response = request(SIGN_IN.plus(Duration.ofHours(8)).plusSeconds(1));
        assertThat(response.getRedirectedUrl()).isEqualTo("/signin?expired");
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    @DisplayName("a visitor who has not signed in is left alone")
    void anonymous() throws Exception {
        SecurityContextHolder.clearContext();
        request(SIGN_IN);
        assertThat(session.getAttribute(SessionLifetimeFilter.SIGNED_IN_AT)).isNull();
    }

    private MockHttpServletResponse request(Instant at) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/caseload");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SessionLifetimeFilter(EIGHT_HOURS, Clock.fixed(at, ZoneOffset.UTC))
                .doFilter(request, response, new MockFilterChain());
        return response;
    }
}
