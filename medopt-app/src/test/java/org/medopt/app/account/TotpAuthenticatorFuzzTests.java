package org.medopt.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;

/** Seeds: src/test/resources/org/medopt/app/account/TotpAuthenticatorFuzzTestsInputs (docs/fuzzing.md). */
@DisplayName("Fuzzing the one-time code check")
class TotpAuthenticatorFuzzTests {

    /** RFC 6238's test key in base32; at {@link #NOW} its code is 005924 (TotpAuthenticatorTests). */
    private static final String RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    private static final Instant NOW = Instant.ofEpochSecond(1234567890);

    private final TotpAuthenticator totp = new TotpAuthenticator();

    @FuzzTest
    @DisplayName("any typed code is checked without error, and one accepted is the six digits of a step around now")
    void acceptsOnlyTheCodeOfAStepAroundNow(byte[] input) {
        String typed = new String(input, StandardCharsets.UTF_8);

        OptionalLong step = totp.matchingStep(RFC_KEY, typed, NOW);

        if (step.isPresent()) {
            assertThat(step.getAsLong() - NOW.getEpochSecond() / TotpAuthenticator.STEP_SECONDS).isBetween(-1L, 1L);
            assertThat(typed.replaceAll("\\s", "")).matches("[0-9]{6}").isEqualTo(totp.codeFor(RFC_KEY, step.getAsLong()));
        }
    }
}
