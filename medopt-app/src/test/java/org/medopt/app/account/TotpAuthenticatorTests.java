package org.medopt.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Codes checked against the test vectors of RFC 6238, Appendix B (SHA-1, key "12345678901234567890", which is
 * GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ in base32). The RFC lists 8-digit codes; a 6-digit code is their last six
 * digits (RFC 4226, section 5.3: the code is the truncated value modulo 10^digits).
 */
@DisplayName("One-time codes (RFC 6238)")
class TotpAuthenticatorTests {

    private static final String RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private final TotpAuthenticator totp = new TotpAuthenticator();

    @ParameterizedTest(name = "at Unix time {0} the code is {1}")
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130"})
    @DisplayName("gives the code RFC 6238 lists for each test time")
    void rfcVectors(long unixTime, String code) {
        assertThat(totp.codeFor(RFC_KEY, unixTime / 30)).isEqualTo(code);
        assertThat(totp.matchingStep(RFC_KEY, code, Instant.ofEpochSecond(unixTime))).hasValue(unixTime / 30);
    }

    @Test
    @DisplayName("accepts the code of the step just before or after, for phones whose clock is a little off")
    void oneStepEitherSide() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = 1234567890 / 30;
        assertThat(totp.matchingStep(RFC_KEY, totp.codeFor(RFC_KEY, step - 1), now)).hasValue(step - 1);
        assertThat(totp.matchingStep(RFC_KEY, totp.codeFor(RFC_KEY, step + 1), now)).hasValue(step + 1);
        assertThat(totp.matchingStep(RFC_KEY, totp.codeFor(RFC_KEY, step - 2), now)).isEmpty();
        assertThat(totp.matchingStep(RFC_KEY, totp.codeFor(RFC_KEY, step + 2), now)).isEmpty();
    }

    @Test
    @DisplayName("refuses a missing, malformed or wrong code, and tolerates a space in the middle")
    void wrongCodes() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(totp.matchingStep(RFC_KEY, null, now)).isEmpty();
        assertThat(totp.matchingStep(RFC_KEY, "", now)).isEmpty();
        assertThat(totp.matchingStep(RFC_KEY, "28708", now)).isEmpty();
        assertThat(totp.matchingStep(RFC_KEY, "287083", now)).isEmpty();
        assertThat(totp.matchingStep(RFC_KEY, "287 082", now)).hasValue(1);
    }

    @Test
    @DisplayName("draws the QR code as an inline image, so the page needs no outside host")
    void qrCodeInline() {
        assertThat(totp.qrCode("prescriber", totp.newSecret())).startsWith("data:image/png;base64,");
        assertThat(totp.newSecret()).matches("[A-Z2-7]{32}");
    }
}
