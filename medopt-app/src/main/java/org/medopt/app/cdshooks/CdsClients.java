package org.medopt.app.cdshooks;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Authenticates a CDS client by the JWT it sends as a bearer token, as CDS Hooks 2.0 ("Trusting CDS Clients") asks:
 * signed with an asymmetric algorithm (never {@code none} or HMAC) by a key of a configured issuer, {@code typ} JWT,
 * with {@code iss}, {@code aud} (the URL of the endpoint called), {@code exp}, {@code iat} and a {@code jti} not seen
 * before. The unverified issuer only picks the keys; everything else is checked after the signature.
 */
final class CdsClients implements AuthenticationManagerResolver<HttpServletRequest> {

    /** The authority a verified CDS client holds; no account of MedOpt's has it. */
    static final String AUTHORITY = "CDS_CLIENT";

    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512,
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384,
            JWSAlgorithm.PS512);

    private final Map<String, JWKSet> keysByIssuer = new HashMap<>();
    private final OnceOnly onceOnly;

    CdsClients(CdsHooksSettings settings, Clock clock) {
        for (CdsHooksSettings.Client client : settings.clients()) {
            keysByIssuer.put(client.issuer(), publicKeys(client));
        }
        this.onceOnly = new OnceOnly(clock);
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        List<String> audiences = audiences(request);
        return authentication -> {
            String token = ((BearerTokenAuthenticationToken) authentication).getToken();
            String issuer = issuer(token);
            JWKSet keys = keysByIssuer.get(issuer);
            if (keys == null) {
                throw new InvalidBearerTokenException("Unknown issuer '" + issuer + "': MedOpt trusts only the CDS clients "
                        + "configured in medopt.cds-hooks.clients");
            }
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder(keys, issuer, audiences));
            provider.setJwtAuthenticationConverter(jwt -> new JwtAuthenticationToken(jwt,
                    List.of(new SimpleGrantedAuthority(AUTHORITY)), jwt.getClaimAsString("iss")));
            return provider.authenticate(authentication);
        };
    }

    private NimbusJwtDecoder decoder(JWKSet keys, String issuer, List<String> audiences) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ASYMMETRIC, new ImmutableJWKSet<>(keys)));
        // Spring's validators below check the claims; Nimbus's own claim checks would only repeat them.
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                new RequiredClaims(audiences), onceOnly));
        return decoder;
    }

    /**
     * The URL of the endpoint called, as the client addressed it; feedback may also name the service it is about.
     * Behind a TLS-terminating proxy, set {@code server.forward-headers-strategy} so that this reads as the client sent it.
     */
    private static List<String> audiences(HttpServletRequest request) {
        String called = request.getRequestURL().toString();
        return called.endsWith("/feedback")
                ? List.of(called, called.substring(0, called.length() - "/feedback".length()))
                : List.of(called);
    }

    private static String issuer(String token) {
        try {
            String issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
            if (issuer == null) {
                throw new InvalidBearerTokenException("The JWT has no issuer (iss)");
            }
            return issuer;
        } catch (ParseException e) {
            throw new InvalidBearerTokenException("The bearer token is not a JWT");
        }
    }

    private static JWKSet publicKeys(CdsHooksSettings.Client client) {
        try (InputStream in = client.jwkSet().getInputStream()) {
            JWKSet keys = JWKSet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (keys.getKeys().stream().anyMatch(key -> key.isPrivate())) {
                throw new IllegalStateException("The JWK Set of CDS client " + client.issuer()
                        + " holds a private key; configure only the client's public keys");
            }
            return keys;
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Cannot read the JWK Set of CDS client " + client.issuer(), e);
        }
    }
}
