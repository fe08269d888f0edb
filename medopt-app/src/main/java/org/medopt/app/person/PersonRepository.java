package org.medopt.app.person;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class PersonRepository {

    private static final String DETAILS = """
            legal_given_name, legal_family_name, preferred_name, pronouns, birth_date, preferred_language, phone, email,
            address""";
    private static final String SELECT = "select id, " + DETAILS + ", version, updated_at, updated_by from person";
    private static final String ORDER = " order by legal_family_name, legal_given_name, id";
    /**
     * A search by birth date or by part of a name, each left out when not given. Fixed text rather than text built
     * per search, so that the SQL can be checked to be a constant (ConstantSqlTests).
     */
    private static final String MATCHING = """
            (cast(:birthDate as date) is null or birth_date = :birthDate)
            and (cast(:name as varchar) is null or lower(legal_given_name) like :name
                or lower(legal_family_name) like :name or lower(preferred_name) like :name)""";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Person> findById(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(PersonRepository::person).optional();
    }

    /** Everyone matching the query, for administration. */
    List<Person> search(PersonQuery query) {
        return matching(jdbc.sql(SELECT + " where " + MATCHING + ORDER), query);
    }

    /** Persons among {@code ids} matching the query: a name fragment, or a birth date when one is given. */
    List<Person> search(Collection<Long> ids, PersonQuery query) {
        return ids.isEmpty() ? List.of()
                : matching(jdbc.sql(SELECT + " where id in (:ids) and " + MATCHING + ORDER).param("ids", ids), query);
    }

    /** Typed nulls, so that PostgreSQL knows the type of a criterion the query leaves out. */
    private static List<Person> matching(JdbcClient.StatementSpec statement, PersonQuery query) {
        String name = query.name() == null ? null : "%" + query.name().toLowerCase(Locale.ROOT) + "%";
        return statement.param("birthDate", query.birthDate(), Types.DATE).param("name", name, Types.VARCHAR)
                .query(PersonRepository::person).list();
    }

    /** Persons with exactly this family name (ignoring case) and birth date. */
    List<Person> findByFamilyNameAndBirthDate(String familyName, LocalDate birthDate) {
        return jdbc.sql(SELECT + " where lower(legal_family_name) = ? and birth_date = ?" + ORDER)
                .params(familyName.toLowerCase(Locale.ROOT), birthDate)
                .query(PersonRepository::person).list();
    }

    long count() {
        return jdbc.sql("select count(*) from person").query(Long.class).single();
    }

    long insert(PersonDetails d, String by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into person (legal_given_name, legal_family_name, preferred_name, pronouns, birth_date,
                    preferred_language, phone, email, address, version, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
                .params(d.legalGivenName().strip(), d.legalFamilyName().strip(), blankToNull(d.preferredName()),
                        blankToNull(d.pronouns()), d.birthDate(), d.preferredLanguage().strip(), blankToNull(d.phone()),
                        blankToNull(d.email()), blankToNull(d.address()), now, by, now, by)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Updates when the stored version is still {@code expectedVersion}; returns the rows changed (0 or 1). */
    int update(long id, PersonDetails d, int expectedVersion, String by, OffsetDateTime now) {
        return jdbc.sql("""
                update person set legal_given_name = ?, legal_family_name = ?, preferred_name = ?, pronouns = ?,
                    birth_date = ?, preferred_language = ?, phone = ?, email = ?, address = ?,
                    version = version + 1, updated_at = ?, updated_by = ?
                where id = ? and version = ?""")
                .params(d.legalGivenName().strip(), d.legalFamilyName().strip(), blankToNull(d.preferredName()),
                        blankToNull(d.pronouns()), d.birthDate(), d.preferredLanguage().strip(), blankToNull(d.phone()),
                        blankToNull(d.email()), blankToNull(d.address()), now, by, id, expectedVersion)
                .update();
    }

    /** Keeps the person's details as they now stand as the next revision, with who changed them, when and why. */
    void keepRevision(long id, String reason, String by, OffsetDateTime now) {
        jdbc.sql("insert into person_revision (person_id, revision, change_reason, changed_at, changed_by, " + DETAILS
                        + ") select id, version + 1, ?, ?, ?, " + DETAILS + " from person where id = ?")
                .params(reason, now, by, id).update();
    }

    /** The person's revisions, newest first. */
    List<PersonRevision> revisions(long id) {
        return jdbc.sql("select person_id as id, revision, change_reason, changed_at, changed_by, " + DETAILS
                        + ", revision - 1 as version, changed_at as updated_at, changed_by as updated_by"
                        + " from person_revision where person_id = ? order by revision desc")
                .param(id)
                .query((rs, n) -> new PersonRevision(rs.getInt("revision"), rs.getString("change_reason"),
                        rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"), person(rs, n)))
                .list();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Person person(ResultSet rs, int row) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("legal_given_name"), rs.getString("legal_family_name"),
                rs.getString("preferred_name"), rs.getString("pronouns"), rs.getObject("birth_date", LocalDate.class),
                rs.getString("preferred_language"), rs.getString("phone"), rs.getString("email"), rs.getString("address"),
                rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }
}
