package org.medopt.app.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.medopt.shared.Coded;

/**
 * One audited event: who, in which role, when (UTC), which person's record, what, why, how it ended and from
 * where. Holds no clinical content. Each event carries the hash of the event before it and its own hash over
 * both, so that changing, removing or reordering any event breaks the chain from there on.
 *
 * @param personId {@code null} for events about no record, such as a sign-in
 * @param viaClient the CDS client (its issuer) through which {@code username} acted, when a CDS Hooks service read
 *     the record on that clinician's behalf; {@code null} for everything done in MedOpt itself
 */
public record AuditEvent(long sequence, OffsetDateTime occurredAt, String username, String role, Long personId,
        String action, String resource, String purpose, String outcome, String clientAddress, String viaClient,
        String previousHash, String hash) {

    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    public AuditEvent {
        occurredAt = occurredAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** An event made in MedOpt itself, through no CDS client. */
    public AuditEvent(long sequence, OffsetDateTime occurredAt, String username, String role, Long personId,
            String action, String resource, String purpose, String outcome, String clientAddress, String previousHash,
            String hash) {
        this(sequence, occurredAt, username, role, personId, action, resource, purpose, outcome, clientAddress, null,
                previousHash, hash);
    }

    /** Why, in words, for the person's own view of who opened their record. */
    public String purposeLabel() {
        return Coded.find(Purpose.class, purpose).map(Purpose::label).orElse(purpose);
    }

    /** This event as the next link after {@code previous}, sealed with its hash. */
    AuditEvent linkedAfter(long previousSequence, String previousHash) {
        AuditEvent unsealed = new AuditEvent(previousSequence + 1, occurredAt, username, role, personId, action,
                resource, purpose, outcome, clientAddress, viaClient, previousHash, null);
        return new AuditEvent(unsealed.sequence, occurredAt, username, role, personId, action, resource, purpose,
                outcome, clientAddress, viaClient, previousHash, unsealed.expectedHash());
    }

    /**
     * SHA-256 over every field but the hash itself; each field is length-prefixed so none can bleed into another.
     * The CDS client joins the fields only when there is one, so events from before it existed keep their hashes.
     */
    String expectedHash() {
        StringBuilder content = new StringBuilder();
        Stream.concat(Stream.of(Long.toString(sequence), occurredAt.toInstant().toString(), username, role,
                                personId == null ? null : personId.toString(), action, resource, purpose, outcome,
                                clientAddress),
                        Stream.concat(viaClient == null ? Stream.empty() : Stream.of("via-client", viaClient),
                                Stream.of(previousHash)))
                .forEach(field -> content.append(field == null ? "~" : field.length() + ":" + field).append('|'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
