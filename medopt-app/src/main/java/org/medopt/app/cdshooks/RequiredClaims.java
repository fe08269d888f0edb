package org.medopt.app.cdshooks;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** The claims CDS Hooks 2.0 requires of a client's JWT: exp, iat, jti, and an aud naming the endpoint called. */
final class RequiredClaims implements OAuth2TokenValidator<Jwt> {

    private final List<String> audiences;

    RequiredClaims(List<String> audiences) {
        this.audiences = List.copyOf(audiences);
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        List<OAuth2Error> errors = new ArrayList<>();
        if (jwt.getExpiresAt() == null) {
            errors.add(error("The JWT has no expiry (exp)"));
        }
        if (jwt.getIssuedAt() == null) {
            errors.add(error("The JWT has no issue time (iat)"));
        }
        if (jwt.getId() == null || jwt.getId().isBlank()) {
            errors.add(error("The JWT has no id (jti)"));
        }
        if (jwt.getAudience() == null || jwt.getAudience().stream().noneMatch(audiences::contains)) {
            errors.add(error("The JWT's audience (aud) is not the endpoint called, " + audiences.get(0)));
        }
        return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
    }

    private static OAuth2Error error(String description) {
        return new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
    }
}
