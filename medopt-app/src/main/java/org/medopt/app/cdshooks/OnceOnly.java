package org.medopt.app.cdshooks;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a JWT whose issuer and id ({@code jti}) were already seen before it expired, so a captured token cannot
 * be replayed. Remembers tokens in memory until they expire: in a deployment of several instances each keeps its own.
 */
final class OnceOnly implements OAuth2TokenValidator<Jwt> {

    private final Map<String, Instant> seenUntil = new ConcurrentHashMap<>();
    private final Clock clock;

    OnceOnly(Clock clock) {
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        if (jwt.getId() == null || jwt.getExpiresAt() == null) {
            return OAuth2TokenValidatorResult.success();
        }
        Instant now = clock.instant();
        seenUntil.values().removeIf(expiry -> expiry.isBefore(now));
        Instant earlier = seenUntil.putIfAbsent(jwt.getClaimAsString("iss") + " " + jwt.getId(), jwt.getExpiresAt());
        return earlier == null ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(new OAuth2Error(
                OAuth2ErrorCodes.INVALID_TOKEN, "This JWT (jti " + jwt.getId() + ") was already used", null));
    }
}
