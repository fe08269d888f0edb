package org.medopt.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_event table and the head of its hash chain. Rows are only ever inserted. */
@Repository
class AuditRepository {

    private static final String COLUMNS = """
            sequence, occurred_at, username, role, person_id, action, resource, purpose, outcome, client_address,
            via_client, previous_hash, hash""";

    /** Each filter applies only when given: a null parameter matches every row. */
    private static final String SEARCH = "select " + COLUMNS + """
             from audit_event
            where (cast(? as varchar(100)) is null or username = ?)
              and (cast(? as bigint) is null or person_id = ?)
              and (cast(? as varchar(20)) is null or action = ?)
              and (cast(? as varchar(20)) is null or outcome = ?)
              and (cast(? as timestamp with time zone) is null or occurred_at >= ?)
              and (cast(? as timestamp with time zone) is null or occurred_at < ?)""";
    private static final int STREAMING_FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    AuditRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate fetchingInPages = new JdbcTemplate(dataSource);
        fetchingInPages.setFetchSize(STREAMING_FETCH_SIZE);
        this.streaming = JdbcClient.create(fetchingInPages);
    }

    /** Appends the events in order after the current head, holding the head's lock until the transaction ends. */
    void append(List<AuditEvent> unlinked) {
        ChainHead head = jdbc.sql("select last_sequence, last_hash from audit_chain_head where id = 1 for update")
                .query(AuditRepository::chainHead).single();
        long sequence = head.lastSequence();
        String hash = head.lastHash();
        for (AuditEvent event : unlinked) {
            AuditEvent linked = event.linkedAfter(sequence, hash);
            insert(linked);
            sequence = linked.sequence();
            hash = linked.hash();
        }
        jdbc.sql("update audit_chain_head set last_sequence = ?, last_hash = ? where id = 1")
                .params(sequence, hash).update();
    }

    ChainHead head() {
        return jdbc.sql("select last_sequence, last_hash from audit_chain_head where id = 1")
                .query(AuditRepository::chainHead).single();
    }

    /**
     * Streams every event in chain order, so that verifying a long chain needs little memory (PostgreSQL fetches
     * in pages only inside a transaction).
     */
    void forEachInOrder(Consumer<AuditEvent> visitor) {
        streaming.sql("select " + COLUMNS + " from audit_event order by sequence")
                .query((RowCallbackHandler) rs -> visitor.accept(event(rs)));
    }

    List<AuditEvent> aboutPersonExcept(long personId, String exceptUsername, int limit, long offset) {
        return jdbc.sql("select " + COLUMNS + """
                 from audit_event where person_id = ? and username <> ? and outcome = 'success'
                order by sequence desc limit ? offset ?""")
                .params(personId, exceptUsername, limit, offset)
                .query((rs, n) -> event(rs))
                .list();
    }

    /** Up to {@code limit} events matching the query's filters, from the query's page on, in its order. */
    List<AuditEvent> search(AuditQuery query, int limit) {
        OffsetDateTime from = startOfDay(query.from());
        OffsetDateTime until = query.to() == null ? null : startOfDay(query.to().plusDays(1));
        JdbcClient.StatementSpec statement = query.oldestFirst() ? jdbc.sql(SEARCH + " order by sequence asc limit ? offset ?")
                : jdbc.sql(SEARCH + " order by sequence desc limit ? offset ?");
        return statement.params(query.username(), query.username(), query.personId(), query.personId(), query.action(),
                        query.action(), query.outcome(), query.outcome(), from, from, until, until, limit,
                        (long) query.page() * AuditQuery.PAGE_SIZE)
                .query((rs, n) -> event(rs))
                .list();
    }

    private static OffsetDateTime startOfDay(LocalDate day) {
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("sequence"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getString("username"), rs.getString("role"), rs.getObject("person_id", Long.class),
                rs.getString("action"), rs.getString("resource"), rs.getString("purpose"), rs.getString("outcome"),
                rs.getString("client_address"), rs.getString("via_client"), rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    private static ChainHead chainHead(ResultSet rs, int row) throws SQLException {
        return new ChainHead(rs.getLong("last_sequence"), rs.getString("last_hash"));
    }

    private void insert(AuditEvent event) {
        jdbc.sql("insert into audit_event (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(event.sequence(), event.occurredAt(), event.username(), event.role(), event.personId(),
                        event.action(), event.resource(), event.purpose(), event.outcome(), event.clientAddress(),
                        event.viaClient(), event.previousHash(), event.hash())
                .update();
    }

    /** The newest link of the chain; sequence 0 and the genesis hash while the chain is empty. */
    record ChainHead(long lastSequence, String lastHash) {
    }
}
