package org.medopt.app.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.medopt.shared.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final String COLUMNS = "id, username, role, display_name, person_id, enabled, created_at, password_hash";

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SignedInUser> findForSignIn(String username) {
        return jdbc.sql("select " + COLUMNS + " from user_account where username = ?")
                .param(username)
                .query((rs, n) -> new SignedInUser(account(rs), rs.getString("password_hash")))
                .optional();
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from user_account where id = ?").param(id)
                .query((rs, n) -> account(rs)).optional();
    }

    Optional<UserAccount> findByPerson(long personId) {
        return jdbc.sql("select " + COLUMNS + " from user_account where person_id = ?").param(personId)
                .query((rs, n) -> account(rs)).optional();
    }

    List<UserAccount> findAll() {
        return jdbc.sql("select " + COLUMNS + " from user_account order by role, display_name")
                .query((rs, n) -> account(rs)).list();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from user_account where username = ?").param(username)
                .query(Integer.class).single() > 0;
    }

    long insert(NewAccount account, String passwordHash, String createdBy, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into user_account (username, password_hash, role, display_name, person_id, enabled, created_at, created_by)
                values (?, ?, ?, ?, ?, true, ?, ?)""")
                .params(account.username(), passwordHash, account.role().code(), account.displayName(),
                        account.personId(), now, createdBy)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private static UserAccount account(ResultSet rs) throws SQLException {
        return new UserAccount(rs.getLong("id"), rs.getString("username"), Coded.of(Role.class, rs.getString("role")),
                rs.getString("display_name"), rs.getObject("person_id", Long.class), rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
