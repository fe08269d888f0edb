package org.medopt.app.account;

import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Pages sign in with a form and a session (CSRF-protected); the REST API signs in per request with HTTP Basic
 * and keeps no session, so no cookie can carry a cross-site request into it. Which record an actor may see is
 * decided by the access policy, not here: this only sorts routes by role.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Everything a page uses comes from this app; no inline script or style, so injected markup cannot run. Images
     * may also be data: URIs, which only the app itself draws (the authenticator QR code).
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    /** Every signed-in session, so that disabling an account or changing a password can end its sessions. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends, so it does not keep ended sessions. */
    @Bean
    @ConditionalOnWebApplication
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain api(HttpSecurity http, TwoFactorService twoFactor) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/openapi", "/api/openapi/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new ApiSecondFactorFilter(twoFactor), BasicAuthenticationFilter.class)
                .headers(SecurityConfig::hardened)
                .build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication
    SecurityFilterChain pages(HttpSecurity http, SessionRegistry sessionRegistry, SignInSettings signIn,
            TwoFactorService twoFactor, Clock clock) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/signin", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                "/actuator/health", "/knowledge", "/knowledge/**", "/help-now").permitAll()
                        .requestMatchers("/signin/code", "/signin/enroll").hasAuthority(SecondFactorPending.AUTHORITY)
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/portal/**").hasRole("PERSON")
                        .requestMatchers("/caseload", "/persons/**", "/safety-follow-ups").hasAnyRole("PRESCRIBER", "PHARMACIST", "PEER_SUPPORT", "CARE_MANAGER")
                        .anyRequest().hasAnyRole(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new)))
                .formLogin(form -> form.loginPage("/signin").successHandler(new SecondFactorGate(twoFactor)).permitAll())
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/signin?signedout"))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/signin?expired"))
                .addFilterBefore(new SessionLifetimeFilter(signIn, clock), AuthorizationFilter.class)
                .headers(SecurityConfig::hardened)
                .build();
    }

    /**
     * A request the firewall refuses (say, for a ';' in its path) reaches neither chain, so its error page would go
     * without the headers below: its 400 goes out through the pages chain's header filter instead.
     */
    @Bean
    @ConditionalOnWebApplication
    RequestRejectedHandler rejectedWithHeaders(@Qualifier("pages") SecurityFilterChain pages) {
        Filter headers = pages.getFilters().stream().filter(HeaderWriterFilter.class::isInstance).findFirst().orElseThrow();
        return (request, response, rejected) -> headers.doFilter(request, response,
                (refused, answer) -> ((HttpServletResponse) answer).sendError(HttpServletResponse.SC_BAD_REQUEST));
    }

    /**
     * Adds to Spring Security's default headers (nosniff, frame options DENY, no-store cache control, HSTS over TLS
     * only). No other site is told the address of a page, which can hold a person's record id.
     */
    private static void hardened(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"))
                .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN));
    }
}
