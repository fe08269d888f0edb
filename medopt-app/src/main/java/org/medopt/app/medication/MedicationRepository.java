package org.medopt.app.medication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.medopt.medication.DoseUnit;
import org.medopt.medication.MedicationKind;
import org.medopt.medication.RecordSource;
import org.medopt.medication.Route;
import org.medopt.shared.Coded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.medopt.app.access.SensitiveCategory;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class MedicationRepository {

    private static final String STATE = """
            kind, rxcui, drug_name, strength, dose, dose_unit, route, frequency, start_date, stop_date, stop_reason,
            prescriber, indication, person_purpose, person_experience, source""";
    private static final String REVISION_STATE = """
            r.kind, r.rxcui, r.drug_name, r.strength, r.dose, r.dose_unit, r.route, r.frequency, r.start_date,
            r.stop_date, r.stop_reason, r.prescriber, r.indication, r.person_purpose, r.person_experience, r.source""";
    private static final String REVISIONS = "select r.revision, r.change_reason, r.changed_at, r.changed_by, e.id,"
            + " e.person_id, " + REVISION_STATE
            + ", r.revision - 1 as version, r.changed_at as updated_at, r.changed_by as updated_by, e.created_by,"
            + " e.sensitivity from medication_entry_revision r join medication_entry e on e.id = r.entry_id";
    private static final String SELECT = "select id, person_id, " + STATE
            + ", version, updated_at, updated_by, created_by, sensitivity from medication_entry";

    private final JdbcClient jdbc;

    MedicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MedicationEntry> findByPerson(long personId) {
        return jdbc.sql(SELECT + " where person_id = ? order by start_date desc nulls last, id desc")
                .param(personId).query(MedicationRepository::entry).list();
    }

    Optional<MedicationEntry> find(long personId, long entryId) {
        return jdbc.sql(SELECT + " where person_id = ? and id = ?").params(personId, entryId)
                .query(MedicationRepository::entry).optional();
    }

    long insert(long personId, ResolvedEntry e, String by, OffsetDateTime now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into medication_entry (person_id, " + STATE + """
                , version, created_at, created_by, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")
                .params(personId, e.kind().code(), e.rxcui(), e.drugName(), e.strength(), e.dose(), e.doseUnit().code(),
                        e.route().code(), e.frequency(), e.startDate(), e.stopDate(), e.stopReason(), e.prescriber(),
                        e.indication(), e.personPurpose(), e.personExperience(), e.source().code(), now, by, now, by)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Updates when the stored version is still {@code expectedVersion}; returns the rows changed (0 or 1). */
    int update(long entryId, ResolvedEntry e, int expectedVersion, String by, OffsetDateTime now) {
        return jdbc.sql("""
                update medication_entry set kind = ?, rxcui = ?, drug_name = ?, strength = ?, dose = ?, dose_unit = ?,
                    route = ?, frequency = ?, start_date = ?, stop_date = ?, stop_reason = ?, prescriber = ?,
                    indication = ?, person_purpose = ?, person_experience = ?, source = ?,
                    version = version + 1, updated_at = ?, updated_by = ?
                where id = ? and version = ?""")
                .params(e.kind().code(), e.rxcui(), e.drugName(), e.strength(), e.dose(), e.doseUnit().code(),
                        e.route().code(), e.frequency(), e.startDate(), e.stopDate(), e.stopReason(), e.prescriber(),
                        e.indication(), e.personPurpose(), e.personExperience(), e.source().code(), now, by, entryId,
                        expectedVersion)
                .update();
    }

    /** Changes only the person's own words, when the stored version is still {@code expectedVersion}. */
    int updateOwnWords(long entryId, OwnWords words, int expectedVersion, String by, OffsetDateTime now) {
        return jdbc.sql("""
                update medication_entry set person_purpose = ?, person_experience = ?, version = version + 1,
                    updated_at = ?, updated_by = ?
                where id = ? and version = ?""")
                .params(blankToNull(words.personPurpose()), blankToNull(words.personExperience()), now, by, entryId,
                        expectedVersion)
                .update();
    }

    /** Keeps the entry's state as it now stands as its next revision, with who changed it, when and why. */
    void keepRevision(long entryId, String reason, String by, OffsetDateTime now) {
        jdbc.sql("insert into medication_entry_revision (entry_id, revision, change_reason, changed_at, changed_by, "
                        + STATE + ") select id, version + 1, ?, ?, ?, " + STATE + " from medication_entry where id = ?")
                .params(reason, now, by, entryId).update();
    }

    /** The entry's revisions, newest first. */
    List<MedicationRevision> revisions(long personId, long entryId) {
        return jdbc.sql(REVISIONS + " where e.person_id = ? and e.id = ? order by r.revision desc")
                .params(personId, entryId).query(MedicationRepository::revision).list();
    }

    /** The revisions of all the person's entries by entry id, each entry's oldest first. */
    Map<Long, List<MedicationRevision>> revisionsByEntry(long personId) {
        return jdbc.sql(REVISIONS + " where e.person_id = ? order by e.id, r.revision").param(personId)
                .query(MedicationRepository::revision).stream()
                .collect(Collectors.groupingBy(r -> r.state().id(), LinkedHashMap::new, Collectors.toList()));
    }

    private static MedicationRevision revision(ResultSet rs, int row) throws SQLException {
        return new MedicationRevision(rs.getInt("revision"), rs.getString("change_reason"),
                rs.getObject("changed_at", OffsetDateTime.class), rs.getString("changed_by"), entry(rs, row));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static MedicationEntry entry(ResultSet rs, int row) throws SQLException {
        return new MedicationEntry(rs.getLong("id"), rs.getLong("person_id"),
                Coded.of(MedicationKind.class, rs.getString("kind")), rs.getString("rxcui"), rs.getString("drug_name"),
                rs.getString("strength"), rs.getBigDecimal("dose"), Coded.of(DoseUnit.class, rs.getString("dose_unit")),
                Coded.of(Route.class, rs.getString("route")), rs.getString("frequency"),
                rs.getObject("start_date", LocalDate.class), rs.getObject("stop_date", LocalDate.class),
                rs.getString("stop_reason"), rs.getString("prescriber"), rs.getString("indication"),
                rs.getString("person_purpose"), rs.getString("person_experience"),
                Coded.of(RecordSource.class, rs.getString("source")), rs.getInt("version"),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"), rs.getString("created_by"),
                rs.getString("sensitivity") == null ? null : Coded.of(SensitiveCategory.class, rs.getString("sensitivity")));
    }

    void classify(long entryId, SensitiveCategory category) {
        jdbc.sql("update medication_entry set sensitivity = ? where id = ?")
                .params(category == null ? null : category.code(), entryId).update();
    }
}
