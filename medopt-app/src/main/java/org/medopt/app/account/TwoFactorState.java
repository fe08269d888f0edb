package org.medopt.app.account;

/**
 * An account's two-factor sign-in: its shared secret, if set up, and the last time step whose code was used.
 */
record TwoFactorState(long accountId, Role role, String secret, Long lastStep) {

    /** Staff and administrators must use a second factor; a person served may choose to. */
    boolean required() {
        return role != Role.PERSON || secret != null;
    }

    boolean enrolled() {
        return secret != null;
    }
}
