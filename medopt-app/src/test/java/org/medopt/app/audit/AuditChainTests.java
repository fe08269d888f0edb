package org.medopt.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit chain on a database of its own (embedded H2, migrated like the application's), so that a test can
 * tamper with events the way someone with direct database access could: by first dropping the append-only guard.
 */
@DisplayName("Audit chain: append-only and tamper-evident")
class AuditChainTests {

    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 11, 23, 12, 0, 0, 0, ZoneOffset.UTC);

    private DataSource dataSource;
    private JdbcClient jdbc;
    private AuditRepository events;
    private AuditChainVerifier verifier;

    @BeforeEach
    void freshDatabase() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        migrate(null);
        jdbc = JdbcClient.create(dataSource);
        events = new AuditRepository(jdbc, dataSource);
        verifier = new AuditChainVerifier(events);
    }

    @Test
    @DisplayName("an untouched chain of five events verifies as intact")
    void intact() {
        appendFive();
        ChainVerdict verdict = verifier.verify();
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.eventsChecked()).isEqualTo(5);
        assertThat(verdict.summary()).contains("intact", "5 events", "Newest event #5 has hash " + verdict.headHash());
        assertThat(verdict.headHash()).hasSize(64).isNotEqualTo(AuditEvent.GENESIS);
    }

    @Test
    @DisplayName("an empty chain verifies as intact")
    void emptyIsIntact() {
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    @DisplayName("changing, deleting or truncating events is refused by the database itself")
    void appendOnly() {
        appendFive();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set username = 'someone-else' where sequence = 2").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where sequence = 2").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate table audit_event").update()).isNotNull();
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(5);
    }

    @Test
    @DisplayName("an event whose content was changed is named as the first broken link")
    void changedEvent() {
        appendFive();
        withoutGuard("update audit_event set person_id = 99 where sequence = 3");
        ChainVerdict verdict = verifier.verify();
        assertThat(verdict.firstBreak()).hasValueSatisfying(link -> {
            assertThat(link.sequence()).isEqualTo(3);
            assertThat(link.problem()).contains("content no longer matches");
        });
    }

    @Test
    @DisplayName("an event changed and re-hashed breaks the link to the event after it")
    void rehashedEvent() {
        appendFive();
        AuditEvent third = events.search(new AuditQuery(null, null, null, null, null, null, true, 0), 5).get(2);
        AuditEvent forged = new AuditEvent(0, third.occurredAt(), "someone-else", third.role(), third.personId(),
                third.action(), third.resource(), third.purpose(), third.outcome(), third.clientAddress(), null, null)
                .linkedAfter(2, third.previousHash());
        withoutGuard("update audit_event set username = 'someone-else', hash = '" + forged.hash() + "' where sequence = 3");
        assertThat(verifier.verify().firstBreak()).hasValueSatisfying(link -> {
            assertThat(link.sequence()).isEqualTo(4);
            assertThat(link.problem()).contains("does not point at the hash of event #3");
        });
    }

    @Test
    @DisplayName("a removed event is named as missing")
    void removedEvent() {
        appendFive();
        withoutGuard("delete from audit_event where sequence = 2");
        assertThat(verifier.verify().firstBreak()).hasValueSatisfying(link -> {
            assertThat(link.sequence()).isEqualTo(3);
            assertThat(link.problem()).contains("event #2 is missing");
        });
    }

    @Test
    @DisplayName("removing the newest events is caught by the chain's head")
    void removedTail() {
        appendFive();
        withoutGuard("alter table audit_chain_head drop constraint audit_chain_head_last");
        withoutGuard("delete from audit_event where sequence >= 4");
        assertThat(verifier.verify().firstBreak()).hasValueSatisfying(link -> {
            assertThat(link.sequence()).isEqualTo(4);
            assertThat(link.problem()).contains("head names event #5 but the table ends at #3");
        });
    }

    @Test
    @DisplayName("events recorded before the chain existed are linked into it by the migration")
    void earlierEventsLinked() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        migrate("3");
        jdbc = JdbcClient.create(dataSource);
        for (String role : List.of("prescriber", "person", "admin")) {
            jdbc.sql("""
                    insert into audit_event (occurred_at, username, role, person_id, action, resource, client_address)
                    values (?, ?, ?, 7, 'read', 'person', '127.0.0.1')""").params(NOON, role + "-user", role).update();
        }
        migrate(null);
        events = new AuditRepository(jdbc, dataSource);
        events.append(List.of(event("after-upgrade")));

        assertThat(new AuditChainVerifier(events).verify().intact()).isTrue();
        assertThat(jdbc.sql("select purpose from audit_event order by sequence").query(String.class).list())
                .containsExactly("treatment", "individual-access", "operations", "treatment");
    }

    @Test
    @DisplayName("every field is in the hash, and fields cannot be shifted into each other")
    void hashCoversEveryField() {
        AuditEvent base = event("ab").linkedAfter(0, AuditEvent.GENESIS);
        AuditEvent shifted = new AuditEvent(0, NOON, "a", "bprescriber".substring(1), 7L, "read", "person",
                "treatment", "success", "127.0.0.1", null, null).linkedAfter(0, AuditEvent.GENESIS);
        assertThat(base.hash()).hasSize(64).isEqualTo(event("ab").linkedAfter(0, AuditEvent.GENESIS).hash());
        assertThat(shifted.hash()).isNotEqualTo(base.hash());
        assertThat(event("ab").linkedAfter(1, AuditEvent.GENESIS).hash()).isNotEqualTo(base.hash());
        assertThat(new AuditEvent(0, NOON, "ab", "prescriber", null, "read", "person", "treatment", "success",
                "127.0.0.1", null, null).linkedAfter(0, AuditEvent.GENESIS).hash()).isNotEqualTo(base.hash());
    }

    private void appendFive() {
        LongStream.rangeClosed(1, 5).forEach(n -> events.append(List.of(event("user-" + n))));
    }

    private static AuditEvent event(String username) {
        return new AuditEvent(0, NOON, username, "prescriber", 7L, "read", "person", "treatment", "success",
                "127.0.0.1", null, null);
    }

    private void withoutGuard(String tampering) {
        jdbc.sql("drop trigger if exists audit_event_no_update").update();
        jdbc.sql("drop trigger if exists audit_event_no_delete").update();
        jdbc.sql(tampering).update();
    }

    private void migrate(String target) {
        var configuration = Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .javaMigrations(new LinkEarlierAuditEvents());
        if (target != null) {
            configuration.target(target);
        }
        configuration.load().migrate();
    }
}
