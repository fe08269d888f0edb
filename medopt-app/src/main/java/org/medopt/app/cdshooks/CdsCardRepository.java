package org.medopt.app.cdshooks;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cards issued to CDS clients and the feedback received on them. */
@Repository
class CdsCardRepository {

    private final JdbcClient jdbc;

    CdsCardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void issued(IssuedCard card) {
        jdbc.sql("""
                insert into cds_card (uuid, service_id, client, hook_instance, rule_id, finding_key, severity,
                    knowledge_version, issued_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(card.uuid(), card.serviceId(), card.client(), card.hookInstance(), card.ruleId(), card.findingKey(),
                        card.severity(), card.knowledgeVersion(), card.issuedAt())
                .update();
    }

    /** The card of that uuid, issued by {@code serviceId} to {@code client}; another client's card is not found. */
    Optional<IssuedCard> find(String uuid, String serviceId, String client) {
        return jdbc.sql("""
                select uuid, service_id, client, hook_instance, rule_id, finding_key, severity, knowledge_version, issued_at
                from cds_card where uuid = ? and service_id = ? and client = ?""")
                .params(uuid, serviceId, client)
                .query((rs, row) -> new IssuedCard(rs.getString("uuid"), rs.getString("service_id"), rs.getString("client"),
                        rs.getString("hook_instance"), rs.getString("rule_id"), rs.getString("finding_key"),
                        rs.getString("severity"), rs.getString("knowledge_version"),
                        rs.getObject("issued_at", OffsetDateTime.class)))
                .optional();
    }

    void feedback(CardFeedback feedback, String client, OffsetDateTime receivedAt) {
        jdbc.sql("""
                insert into cds_feedback (card_uuid, client, outcome, override_system, override_code, override_display,
                    user_comment, outcome_at, received_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(feedback.card(), client, feedback.outcome(), feedback.reasonSystem(), feedback.reasonCode(),
                        feedback.reasonDisplay(), feedback.userComment(), feedback.outcomeAt(), receivedAt)
                .update();
    }

    /** A card as issued: which finding (rule and drugs, by code only) went to which client when. */
    record IssuedCard(String uuid, String serviceId, String client, String hookInstance, String ruleId, String findingKey,
            String severity, String knowledgeVersion, OffsetDateTime issuedAt) {
    }
}
