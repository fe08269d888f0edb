package org.medopt.app;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an authenticator app would show, for tests that sign in for real. MedOpt takes each code once per account,
 * so each sign-in of the same account gets the next unused time step, waiting for it if it is not yet accepted.
 * It never uses the step before the current one: that step may be over by the time MedOpt checks the code.
 */
public final class OneTimeCodes {

    /** The authenticator key every demo staff account shares (demo/demo-data.json). */
    public static final String DEMO_STAFF_KEY = "MEDOPTDEMOSTAFFSIGNINKEYNOTREAL2";

    private static final int STEP_SECONDS = 30;
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private OneTimeCodes() {
    }

    /** A code for the account that MedOpt has not yet seen used. */
    public static synchronized String nextFor(String username, String secret) {
        long now = Instant.now().getEpochSecond() / STEP_SECONDS;
        long step = Math.max(now, LAST_STEP.getOrDefault(username, Long.MIN_VALUE) + 1);
        while (step > Instant.now().getEpochSecond() / STEP_SECONDS + 1) {
            pause();
        }
        LAST_STEP.put(username, step);
        return codeFor(secret, step);
    }

    /** The code of one time step. */
    public static String codeFor(String secret, long step) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
