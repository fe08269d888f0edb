package org.medopt.app.account;

import java.time.Clock;
import java.util.Arrays;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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

/**
 * Pages sign in with a form and a session (CSRF-protected); the REST API signs in per request with HTTP Basic
 * and keeps no session, so no cookie can carry a cross-site request into it. Which record an actor may see is
 * decided by the access policy, not here: this only sorts routes by role.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

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
                                "/actuator/health").permitAll()
                        .requestMatchers("/signin/code", "/signin/enroll").hasAuthority(SecondFactorPending.AUTHORITY)
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/portal/**").hasRole("PERSON")
                        .requestMatchers("/caseload", "/persons/**").hasAnyRole("PRESCRIBER", "PHARMACIST", "PEER_SUPPORT", "CARE_MANAGER")
                        .anyRequest().hasAnyRole(Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new)))
                .formLogin(form -> form.loginPage("/signin").successHandler(new SecondFactorGate(twoFactor)).permitAll())
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/signin?signedout"))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/signin?expired"))
                .addFilterBefore(new SessionLifetimeFilter(signIn, clock), AuthorizationFilter.class)
                .build();
    }
}
