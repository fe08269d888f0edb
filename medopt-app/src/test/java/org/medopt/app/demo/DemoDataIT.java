package org.medopt.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.knowledge.DrugCatalog;
import org.medopt.person.AgeGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@MedOptIntegrationTest
@DisplayName("Demo data on first start")
class DemoDataIT {

    @Autowired JdbcClient jdbc;
    @Autowired DrugCatalog catalog;

    @Test
    @DisplayName("about 30 synthetic persons in all four age groups, each with example.org e-mail")
    void personsAcrossAgeGroups() {
        List<LocalDate> births = jdbc.sql("select birth_date from person where address = 'Synthetic demo record'")
                .query(LocalDate.class).list();
        Map<AgeGroup, Long> byGroup = births.stream()
                .collect(Collectors.groupingBy(b -> AgeGroup.of(b, LocalDate.now()), Collectors.counting()));

        assertThat(births).hasSizeBetween(28, 35);
        assertThat(byGroup.keySet()).containsExactlyInAnyOrder(AgeGroup.values());
        assertThat(jdbc.sql("select count(*) from person where address = 'Synthetic demo record' and email not like '%@example.org'")
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("a demo account for every role")
    void accountPerRole() {
        assertThat(jdbc.sql("select distinct role from user_account").query(String.class).list())
                .contains("person", "prescriber", "pharmacist", "peer-support", "care-manager", "admin");
    }

    @Test
    @DisplayName("some regimens have three or more psychotropics, and some people report OTC and herbal products")
    void realisticRegimens() {
        long polypharmacy = jdbc.sql("select person_id, rxcui from medication_entry where stop_date is null and rxcui is not null")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .filter(e -> catalog.byRxcui(e.getValue()).orElseThrow().psychotropic())
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.counting()))
                .values().stream().filter(count -> count >= 3).count();

        assertThat(polypharmacy).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("select distinct kind from medication_entry where source = 'reported-by-person'")
                .query(String.class).list()).contains("over-the-counter", "herbal", "supplement");
    }

    @Test
    @DisplayName("demo drugs resolve to the catalog, except the ones left out of it on purpose")
    void drugsResolve() {
        assertThat(jdbc.sql("select distinct drug_name from medication_entry where rxcui is null and created_by <> 'person'")
                .query(String.class).list())
                .allSatisfy(name -> assertThat(catalog.byName(name)).isEmpty())
                .contains("docusate", "donepezil", "ginkgo");
    }

    @Test
    @DisplayName("health context that makes the review worth reading: bupropion with epilepsy, valproate in a pregnant "
            + "woman, lithium with its last level 5 months and TSH 14 months ago, clozapine with ANC results")
    void clinicalContext() {
        assertThat(conditionCodesOf("Thornbury")).contains("G40.909");
        assertThat(jdbc.sql("""
                select s.pregnancy from clinical_status s join person p on p.id = s.person_id
                where p.legal_family_name = 'Greenhalgh'""").query(String.class).single()).isEqualTo("pregnant");
        assertThat(monthsSinceLatest("Maplewood", "14334-7")).isEqualTo(5);
        assertThat(monthsSinceLatest("Maplewood", "3016-3")).isEqualTo(14);
        assertThat(jdbc.sql("""
                select count(*) from health_observation o join person p on p.id = o.person_id
                where p.legal_family_name = 'Northgate' and o.loinc_code = '751-8'""").query(Long.class).single())
                .isGreaterThanOrEqualTo(3);
        assertThat(conditionCodesOf("Colwyn")).anyMatch(code -> code.startsWith("F03"));
    }

    private List<String> conditionCodesOf(String familyName) {
        return jdbc.sql("""
                select c.code from health_condition c join person p on p.id = c.person_id
                where p.legal_family_name = ? and c.status = 'active'""").param(familyName).query(String.class).list();
    }

    private long monthsSinceLatest(String familyName, String loinc) {
        LocalDate latest = jdbc.sql("""
                select max(o.effective_date) from health_observation o join person p on p.id = o.person_id
                where p.legal_family_name = ? and o.loinc_code = ?""").params(familyName, loinc)
                .query(LocalDate.class).single();
        return ChronoUnit.MONTHS.between(latest, LocalDate.now(ZoneOffset.UTC));
    }
}
