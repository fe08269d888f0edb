package org.medopt.app.submission;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses a form or request submitted twice. Each form carries a fresh token; the token is accepted inside the
 * transaction that saves the record, so a save that fails leaves the token free for the corrected resubmission.
 */
@Service
public class SubmissionGuard {

    private final JdbcClient jdbc;
    private final Clock clock;

    SubmissionGuard(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A fresh token for a new form. */
    public String newToken() {
        return UUID.randomUUID().toString();
    }

    /** Accepts the token once; a blank token (an API call without one) is not checked. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void accept(String token, String kind) {
        if (token == null || token.isBlank()) {
            return;
        }
        boolean seen = jdbc.sql("select count(*) from submission where token = ?").param(token).query(Integer.class).single() > 0;
        if (seen) {
            throw new DuplicateSubmissionException();
        }
        try {
            jdbc.sql("insert into submission (token, kind, accepted_at) values (?, ?, ?)")
                    .params(token, kind, OffsetDateTime.now(clock)).update();
        } catch (DuplicateKeyException raced) {
            throw new DuplicateSubmissionException();
        }
    }
}
