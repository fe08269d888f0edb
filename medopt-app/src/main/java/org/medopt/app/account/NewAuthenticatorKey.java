package org.medopt.app.account;

import jakarta.servlet.http.HttpSession;
import java.util.function.Supplier;

/**
 * The key being set up in an authenticator app, kept in the session between showing its QR code and checking the
 * first code, so that reloading the page does not change the key the app has already scanned.
 */
final class NewAuthenticatorKey {

    private static final String ATTRIBUTE = NewAuthenticatorKey.class.getName();

    private NewAuthenticatorKey() {
    }

    static String of(HttpSession session, Supplier<String> newKey) {
        if (!(session.getAttribute(ATTRIBUTE) instanceof String key)) {
            String created = newKey.get();
            session.setAttribute(ATTRIBUTE, created);
            return created;
        }
        return key;
    }

    static void forget(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
