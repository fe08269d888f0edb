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

    /** The account for a sign-in at {@code now}, locked while a lockout is running. */
    Optional<SignedInUser> findForSignIn(String username, OffsetDateTime now) {
        return jdbc.sql("select " + COLUMNS + ", locked_until from user_account where username = ?")
                .param(username)
                .query((rs, n) -> {
                    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    return new SignedInUser(account(rs), rs.getString("password_hash"),
                            lockedUntil != null && lockedUntil.isAfter(now));
                })
                .optional();
    }

    /** Counts a wrong password; at {@code maxFailures} in a row the account locks until {@code lockUntil}. */
    void countFailedSignIn(String username, int maxFailures, OffsetDateTime lockUntil) {
        jdbc.sql("update user_account set failed_sign_ins = failed_sign_ins + 1 where username = ?").param(username)
                .update();
        jdbc.sql("update user_account set locked_until = ?, failed_sign_ins = 0 where username = ? and failed_sign_ins >= ?")
                .params(lockUntil, username, maxFailures).update();
    }

    void clearFailedSignIns(String username) {
        jdbc.sql("update user_account set failed_sign_ins = 0 where username = ? and failed_sign_ins > 0")
                .param(username).update();
    }

    Optional<TwoFactorState> twoFactor(String username) {
        return jdbc.sql("select id, role, totp_secret, totp_last_step from user_account where username = ?")
                .param(username)
                .query((rs, n) -> new TwoFactorState(rs.getLong("id"), Coded.of(Role.class, rs.getString("role")),
                        rs.getString("totp_secret"), rs.getObject("totp_last_step", Long.class)))
                .optional();
    }

    void saveTwoFactor(long accountId, String secret, Long usedStep) {
        jdbc.sql("update user_account set totp_secret = ?, totp_last_step = ? where id = ?")
                .params(secret, usedStep, accountId).update();
    }

    /** Records that the step's code was used, unless it or a later one already was; false then. */
    boolean useStep(long accountId, long step) {
        return jdbc.sql("""
                update user_account set totp_last_step = ?
                where id = ? and (totp_last_step is null or totp_last_step < ?)""")
                .params(step, accountId, step).update() == 1;
    }

    boolean locked(String username, OffsetDateTime now) {
        return jdbc.sql("select count(*) from user_account where username = ? and locked_until > ?")
                .params(username, now).query(Integer.class).single() > 0;
    }

    void changePassword(long accountId, String passwordHash) {
        jdbc.sql("update user_account set password_hash = ? where id = ?").params(passwordHash, accountId).update();
    }

    int setEnabled(long accountId, boolean enabled) {
        return jdbc.sql("update user_account set enabled = ? where id = ?").params(enabled, accountId).update();
    }

    String passwordHash(long accountId) {
        return jdbc.sql("select password_hash from user_account where id = ?").param(accountId)
                .query(String.class).single();
    }

    Optional<UserAccount> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from user_account where id = ?").param(id)
                .query((rs, n) -> account(rs)).optional();
    }

    Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from user_account where username = ?").param(username)
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
