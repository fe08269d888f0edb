package org.medopt.app.access;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SharingRepository {

    private static final String SELECT = """
            select id, person_id, category, signed_name, consented_at, consented_by, withdrawn_at, withdrawn_by
            from sharing_choice""";

    private final JdbcClient jdbc;

    SharingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean shared(long personId, SensitiveCategory category) {
        return jdbc.sql("select count(*) from sharing_choice where person_id = ? and category = ? and withdrawn_at is null")
                .params(personId, category.code()).query(Integer.class).single() > 0;
    }

    /** Every choice the person made, newest first, including withdrawn ones. */
    List<SharingChoice> history(long personId) {
        return jdbc.sql(SELECT + " where person_id = ? order by consented_at desc, id desc").param(personId)
                .query(SharingChoice.class).list();
    }

    void consent(long personId, SensitiveCategory category, String signedName, String by, OffsetDateTime at) {
        jdbc.sql("""
                insert into sharing_choice (person_id, category, signed_name, consented_at, consented_by)
                values (?, ?, ?, ?, ?)""")
                .params(personId, category.code(), signedName, at, by).update();
    }

    int withdraw(long personId, SensitiveCategory category, String by, OffsetDateTime at) {
        return jdbc.sql("""
                update sharing_choice set withdrawn_at = ?, withdrawn_by = ?
                where person_id = ? and category = ? and withdrawn_at is null""")
                .params(at, by, personId, category.code()).update();
    }
}
