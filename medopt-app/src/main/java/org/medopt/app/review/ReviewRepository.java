package org.medopt.app.review;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.medopt.shared.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Each person's latest review for the whole care team (replaced on every run) and the answers to findings (kept). */
@Repository
class ReviewRepository {

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the person's stored review with this run's findings. */
    void replace(long personId, String knowledgeVersion, List<StoredFinding> findings, OffsetDateTime now) {
        jdbc.sql("delete from review_finding where person_id = ?").param(personId).update();
        if (jdbc.sql("update review_run set knowledge_version = ?, reviewed_at = ? where person_id = ?")
                .params(knowledgeVersion, now, personId).update() == 0) {
            jdbc.sql("insert into review_run (person_id, knowledge_version, reviewed_at) values (?, ?, ?)")
                    .params(personId, knowledgeVersion, now).update();
        }
        findings.forEach(finding -> jdbc.sql("""
                insert into review_finding (person_id, finding_key, severity, rule_fingerprint) values (?, ?, ?, ?)""")
                .params(personId, finding.key(), finding.severity().code(), finding.ruleFingerprint()).update());
    }

    /** The knowledge-base version of the person's stored review, if it was ever reviewed. */
    Optional<String> storedVersion(long personId) {
        return jdbc.sql("select knowledge_version from review_run where person_id = ?").param(personId)
                .query(String.class).optional();
    }

    /** For each of the persons with a stored review: its knowledge-base version and how many critical findings are open. */
    Map<Long, StoredSummary> summaries(Collection<Long> personIds) {
        return jdbc.sql("""
                select run.person_id, run.knowledge_version,
                    (select count(*) from review_finding finding
                     where finding.person_id = run.person_id and finding.severity = 'critical'
                       and not exists (select 1 from finding_response answer
                                       where answer.person_id = finding.person_id
                                         and answer.finding_key = finding.finding_key
                                         and answer.rule_fingerprint = finding.rule_fingerprint)) as open_critical
                from review_run run where run.person_id = any (?)""")
                .param(personIds.toArray(Long[]::new))
                .query((rs, row) -> new StoredSummary(rs.getLong("person_id"), rs.getString("knowledge_version"),
                        rs.getInt("open_critical")))
                .list().stream().collect(Collectors.toMap(StoredSummary::personId, summary -> summary));
    }

    long insertResponse(long personId, StoredFinding finding, String knowledgeVersion, ResponseKind kind, String reason,
            String by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into finding_response (person_id, finding_key, rule_fingerprint, knowledge_version, response, reason,
                    responded_by, responded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, finding.key(), finding.ruleFingerprint(), knowledgeVersion, kind.code(), reason, by, now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Every answer given on the person's record, newest first. */
    List<StoredResponse> responses(long personId) {
        return jdbc.sql("""
                select finding_key, rule_fingerprint, knowledge_version, response, reason, responded_by, responded_at
                from finding_response where person_id = ? order by responded_at desc, id desc""")
                .param(personId)
                .query((rs, row) -> new StoredResponse(rs.getString("finding_key"), rs.getString("rule_fingerprint"),
                        new Response(Coded.of(ResponseKind.class, rs.getString("response")), rs.getString("reason"),
                                rs.getString("knowledge_version"), rs.getString("responded_by"),
                                rs.getObject("responded_at", OffsetDateTime.class))))
                .list();
    }
}
