package org.medopt.app.cdshooks;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The CDS clients MedOpt trusts ({@code medopt.cds-hooks.clients}): each by the issuer ({@code iss}) its JWTs carry
 * and the JWK Set of public keys they are signed with, read from a local file. No key is ever fetched from another
 * host (a JWT's {@code jku} header is not followed). None is trusted unless configured.
 */
@ConfigurationProperties("medopt.cds-hooks")
record CdsHooksSettings(List<Client> clients) {

    CdsHooksSettings {
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    /** Whether the configured client of that issuer may have MedOpt's records reviewed without prefetch. */
    boolean mayReadRecords(String issuer) {
        return clients.stream().anyMatch(client -> client.issuer().equals(issuer) && client.mayReadRecords());
    }

    /**
     * @param issuer at most 100 characters: it is kept as the client's name in audit events
     * @param jwkSet where the client's JWK Set (public keys) is, e.g. {@code file:/etc/medopt/ehr-jwks.json}
     * @param mayReadRecords whether a call without prefetch may have MedOpt's own record reviewed, on behalf of the
     *     clinician the hook names as its user and as far as that clinician may read it; false unless configured
     */
    record Client(String issuer, Resource jwkSet, boolean mayReadRecords) {

        Client {
            if (issuer == null || issuer.isBlank() || issuer.length() > 100) {
                throw new IllegalArgumentException("medopt.cds-hooks.clients: each client needs an issuer of 1 to 100 characters");
            }
            if (jwkSet == null) {
                throw new IllegalArgumentException("medopt.cds-hooks.clients: client " + issuer + " needs a jwk-set");
            }
        }
    }
}
