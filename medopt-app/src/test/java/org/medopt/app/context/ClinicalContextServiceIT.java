package org.medopt.app.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.person.PersonDetails;
import org.medopt.app.person.PersonService;
import org.medopt.app.web.ConcurrentChangeException;
import org.medopt.person.Sex;
import org.medopt.review.Condition;
import org.medopt.review.Observation;
import org.medopt.review.PersonContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

@MedOptIntegrationTest
@DisplayName("The health context the medication review reads")
class ClinicalContextServiceIT {

    private static final LocalDate BORN = LocalDate.of(1996, 3, 14);
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired ClinicalContextService context;
    @Autowired PersonService persons;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;

    long person;

    @BeforeEach
    void registerPerson() {
        signIn("prescriber");
        person = persons.register(new PersonDetails("Context", "Test-" + UUID.randomUUID(), null, null, BORN, "English",
                null, null, null, null, null, null));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @DisplayName("gives the birth date, the recorded sex and a recorded pregnancy")
    void statusAndBirthDate() {
        context.recordStatus(person, new StatusDetails("female", "pregnant", null, 0));

        PersonContext read = context.contextFor(person, TODAY);

        assertThat(read.birthDate()).isEqualTo(BORN);
        assertThat(read.sex()).isEqualTo(Sex.FEMALE);
        assertThat(read.pregnant()).isTrue();
        assertThat(read.reviewDate()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("with nothing recorded, sex is unknown and no pregnancy is assumed")
    void nothingRecorded() {
        PersonContext read = context.contextFor(person, TODAY);

        assertThat(read.sex()).isEqualTo(Sex.UNKNOWN);
        assertThat(read.pregnant()).isFalse();
        assertThat(read.conditions()).isEmpty();
        assertThat(read.observations()).isEmpty();
    }

    @Test
    @DisplayName("a status recorded after the review date does not count for that review")
    void laterStatusIgnored() {
        context.recordStatus(person, new StatusDetails("female", "pregnant", null, 0));

        assertThat(context.contextFor(person, TODAY.minusDays(2)).pregnant()).isFalse();
    }

    @Test
    @DisplayName("a status change needs the revision it starts from and a reason; a stale revision is refused")
    void statusChangeNeedsReasonAndRevision() {
        context.recordStatus(person, new StatusDetails("female", "not-pregnant", null, 0));

        assertThatThrownBy(() -> context.recordStatus(person, new StatusDetails("female", "pregnant", null, 1)))
                .hasMessage("say why the status changes");
        assertThatThrownBy(() -> context.recordStatus(person, new StatusDetails("female", "pregnant", "Test positive", 0)))
                .isInstanceOf(ConcurrentChangeException.class);
        context.recordStatus(person, new StatusDetails("female", "pregnant", "Pregnancy test positive", 1));

        HealthContext record = context.record(person);
        assertThat(record.status().pregnancy()).isEqualTo(Pregnancy.PREGNANT);
        assertThat(record.statusHistory()).extracting(ClinicalStatus::changeReason)
                .containsExactly("Pregnancy test positive", "Recorded");
    }

    @Test
    @DisplayName("lists the conditions that held on the review date: not resolved by then, not begun later, not entered in error")
    void activeConditions() {
        context.addCondition(person, condition("G40.909", "Epilepsy, unspecified", null));
        long resolved = context.addCondition(person, condition("F32.9", "Depressive episode", TODAY.minusYears(3)));
        context.closeCondition(person, resolved, new ConditionClosure("resolved", TODAY.minusMonths(6), "In remission"));
        long wrong = context.addCondition(person, condition("F20.9", "Schizophrenia", null));
        context.closeCondition(person, wrong, new ConditionClosure("entered-in-error", null, "Another person's"));
        context.addCondition(person, condition("i10", "Essential hypertension", TODAY.minusDays(1)));

        assertThat(context.contextFor(person, TODAY).conditions()).containsExactlyInAnyOrder(
                new Condition(Condition.ICD_10_CM, "G40.909", "Epilepsy, unspecified"),
                new Condition(Condition.ICD_10_CM, "I10", "Essential hypertension"));
        assertThat(context.contextFor(person, TODAY.minusYears(1)).conditions()).extracting(Condition::code)
                .containsExactlyInAnyOrder("G40.909", "F32.9");
    }

    @Test
    @DisplayName("lists the results taken on or before the review date, newest first, leaving out those entered in error")
    void observationsUpToReviewDate() {
        context.addObservation(person, observation("14334-7", "Lithium", "0.7", TODAY.minusMonths(5)));
        context.addObservation(person, observation("3016-3", "TSH", "2.1", TODAY.minusMonths(14)));
        long wrong = context.addObservation(person, observation("14334-7", "Lithium", "7", TODAY.minusMonths(1)));
        context.retractObservation(person, wrong, new ObservationRetraction("Decimal point misplaced"));

        assertThat(context.contextFor(person, TODAY).observations()).extracting(Observation::code, Observation::date)
                .containsExactly(tuple("14334-7", TODAY.minusMonths(5)),
                        tuple("3016-3", TODAY.minusMonths(14)));
        assertThat(context.contextFor(person, TODAY.minusMonths(6)).observations()).extracting(Observation::code)
                .containsExactly("3016-3");
    }

    @Test
    @DisplayName("a closed condition cannot be closed again, and keeps who closed it, when and why")
    void closedOnce() {
        long id = context.addCondition(person, condition("F31.9", "Bipolar disorder, unspecified", null));
        context.closeCondition(person, id, new ConditionClosure("entered-in-error", null, "Wrong person"));

        assertThatThrownBy(() -> context.closeCondition(person, id, new ConditionClosure("resolved", null, "Again")))
                .isInstanceOf(ConcurrentChangeException.class);
        HealthCondition closed = context.condition(person, id);
        assertThat(closed.status()).isEqualTo(ConditionStatus.ENTERED_IN_ERROR);
        assertThat(closed.closedBy()).isEqualTo("prescriber");
        assertThat(closed.closeReason()).isEqualTo("Wrong person");
        assertThat(closed.closedAt()).isNotNull();
    }

    @Test
    @DisplayName("every read and write is audited: the review's read, each condition and result added or closed")
    void audited() {
        long id = context.addCondition(person, condition("G40.909", "Epilepsy, unspecified", null));
        context.closeCondition(person, id, new ConditionClosure("resolved", null, "Seizure-free"));
        context.contextFor(person, TODAY);

        assertThat(jdbc.sql("select action || ' ' || resource from audit_event where person_id = ? and username = 'prescriber'"
                        + " order by sequence").param(person).query(String.class).list())
                .contains("create health-condition/" + id, "update health-condition/" + id, "read health-context/review");
    }

    @Test
    @DisplayName("a peer support specialist on the team may read the context but not record in it")
    void peerReadsOnly() {
        signIn("prescriber");
        long dan = jdbc.sql("select id from person where legal_family_name = 'Larchmont'").query(Long.class).single();
        signIn("peer");

        assertThat(context.contextFor(dan, TODAY).birthDate()).isNotNull();
        assertThatThrownBy(() -> context.addCondition(dan, condition("F32.9", "Depressive episode", null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static ConditionDetails condition(String code, String display, LocalDate onset) {
        return new ConditionDetails("icd-10-cm", code, display, onset, null);
    }

    private static ObservationDetails observation(String code, String display, String value, LocalDate taken) {
        return new ObservationDetails(code, display, new BigDecimal(value), "mmol/L", taken, null);
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
