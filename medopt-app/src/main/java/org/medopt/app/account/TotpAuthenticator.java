package org.medopt.app.account;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps).
 * A code is accepted for the step before and after the current one, to allow for clocks that differ a little.
 */
@Component
class TotpAuthenticator {

    static final int STEP_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final String ISSUER = "MedOpt";

    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    /** A new random secret, base32 as authenticator apps expect it. */
    String newSecret() {
        return new DefaultSecretGenerator().generate();
    }

    /** A QR code an authenticator app scans, as a data: URI the page can show without any outside request. */
    String qrCode(String username, String secret) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(STEP_SECONDS).build();
        try {
            ZxingPngQrGenerator png = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("could not draw the QR code", e);
        }
    }

    /** The time step whose code {@code code} is, among the steps around {@code now}; empty if none. */
    OptionalLong matchingStep(String secret, String code, Instant now) {
        if (code == null) {
            return OptionalLong.empty();
        }
        String typed = code.replaceAll("\\s", "");
        long current = now.getEpochSecond() / STEP_SECONDS;
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(codeFor(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    String codeFor(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("could not compute a one-time code", e);
        }
    }
}
