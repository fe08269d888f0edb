package org.medopt.app.cdshooks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Signs JWTs as the documented demo CDS client does, and as impostors would. */
final class DemoClient {

    static final String ISSUER = "https://demo-ehr.medopt.invalid";
    static final String BASE = "http://localhost/cds-services";

    private static final ECKey KEY = privateKey();

    private DemoClient() {
    }

    /** A valid token for a call of {@code path} (under /cds-services), good for five minutes. */
    static String token(String path) {
        return sign(KEY, JWSAlgorithm.ES384, claims(ISSUER, BASE + path, Instant.now().plusSeconds(300)).build());
    }

    static JWTClaimsSet.Builder claims(String issuer, String audience, Instant expiry) {
        return new JWTClaimsSet.Builder().issuer(issuer).audience(audience).issueTime(Date.from(expiry.minusSeconds(300)))
                .expirationTime(Date.from(expiry)).jwtID(UUID.randomUUID().toString());
    }

    static String sign(JWTClaimsSet claims) {
        return sign(KEY, JWSAlgorithm.ES384, claims);
    }

    /** Signed with a key MedOpt was never given, under the demo client's key id. */
    static String signedWithAnotherKey(JWTClaimsSet claims) {
        try {
            ECKey other = new ECKeyGenerator(Curve.P_384).keyID(KEY.getKeyID()).generate();
            return sign(other, JWSAlgorithm.ES384, claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed with a shared secret (HMAC), which CDS Hooks forbids. */
    static String signedWithSharedSecret(JWTClaimsSet claims) {
        try {
            JWSSigner signer = new MACSigner("a shared secret that is long enough for HS256!".getBytes(StandardCharsets.UTF_8));
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT)
                    .keyID(KEY.getKeyID()).build(), claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(ECKey key, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).keyID(key.getKeyID())
                    .build(), claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ECKey privateKey() {
        try (InputStream in = DemoClient.class.getResourceAsStream("demo-client-private-jwks.json")) {
            return JWKSet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getKeys().get(0).toECKey();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
