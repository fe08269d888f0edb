package org.medopt.app.cdshooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /cds-services}: discovery is public (it describes the services and holds no record); every service call and
 * feedback needs a CDS client's signed JWT (see {@link CdsClients}). A signed-in MedOpt account is not a CDS client
 * and is refused (403). No session, no cookie, no CSRF token: each call carries its own proof.
 */
@Configuration
class CdsHooksSecurity {

    private static final String TYPE = "https://medopt.org/problems/";

    @Bean
    @Order(0)
    @ConditionalOnWebApplication
    SecurityFilterChain cdsHooks(HttpSecurity http, CdsHooksSettings settings, Clock clock, ObjectMapper json) throws Exception {
        return http.securityMatcher("/cds-services", "/cds-services/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/cds-services").permitAll()
                        .anyRequest().hasAuthority(CdsClients.AUTHORITY))
                .oauth2ResourceServer(jwt -> jwt
                        .authenticationManagerResolver(new CdsClients(settings, clock))
                        .authenticationEntryPoint((request, response, refused) -> unauthenticated(response, refused, json)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Says why the token was refused (unknown issuer, bad signature, expired, ...) as problem details. */
    private static void unauthenticated(HttpServletResponse response, AuthenticationException refused, ObjectMapper json)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, refused.getMessage() == null
                || refused.getMessage().startsWith("Full authentication")
                ? "A CDS client must send its signed JWT as 'Authorization: Bearer <JWT>'" : refused.getMessage());
        problem.setType(URI.create(TYPE + "cds-client-not-trusted"));
        problem.setTitle("CDS client not trusted");
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
