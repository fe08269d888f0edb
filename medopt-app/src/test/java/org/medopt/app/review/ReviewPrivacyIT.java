package org.medopt.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.app.account.PortalAccount;
import org.medopt.app.person.PersonService;
import org.medopt.app.team.CareTeamService;
import org.medopt.review.Finding;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Methadone from an opioid treatment program, recorded by the prescriber as a 42 CFR Part 2 record, next to lorazepam;
 * the team also has a pharmacist. With methadone the pair is a critical interaction; without it, only lorazepam's
 * long-term use is left. A second Part 2 entry names a program product the catalog does not know.
 */
@MedOptIntegrationTest
@DisplayName("Medication review and sensitive records")
class ReviewPrivacyIT {

    private static final String PROGRAM_PRODUCT = "Program dose " + UUID.randomUUID().toString().substring(0, 6);

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired CareTeamService teams;
    @Autowired UserDetailsService users;
    @Autowired ReviewService reviews;
    @Autowired PersonService persons;

    private ReviewRecords records;
    private String familyName;
    private long person;

    @BeforeEach
    void part2MethadoneBesideLorazepam() throws Exception {
        records = new ReviewRecords(mvc, signedIn, json, jdbc, teams, users);
        familyName = ReviewRecords.familyName();
        person = records.person(familyName);
        records.part2(person, records.medication(person, "methadone", 60));
        records.part2(person, records.medication(person, PROGRAM_PRODUCT, 5));
        records.medication(person, "lorazepam", 1);
        records.joinTeam(person, "pharmacist");
    }

    @Test
    @DisplayName("for the pharmacist, without the person's consent, the Part 2 entries neither show nor shape a finding, nor appear as not checked")
    void withheldEntriesShapeNothing() {
        PersonReview review = reviewAs("pharmacist");

        assertThat(review.findings()).extracting(f -> f.finding().key()).containsExactly(ReviewPagesIT.LONG_TERM_BENZODIAZEPINE);
        assertThat(review.notChecked()).isEmpty();
        assertThat(review.withheld()).isTrue();
        assertThat(review.findings()).flatExtracting(ReviewedFinding::medicines).containsOnly("lorazepam");
    }

    @Test
    @DisplayName("the prescriber who recorded them sees the critical interaction and the unknown product as not checked")
    void authorSeesThem() {
        PersonReview review = reviewAs("prescriber");

        assertThat(review.findings()).extracting(f -> f.finding().key())
                .containsExactly(ReviewPagesIT.OPIOID_BENZODIAZEPINE, ReviewPagesIT.LONG_TERM_BENZODIAZEPINE);
        assertThat(review.notChecked()).containsExactly(PROGRAM_PRODUCT);
        assertThat(review.openCritical()).isOne();
    }

    @Test
    @DisplayName("the pharmacist's page names neither the entries nor the interaction, and answering the hidden finding is refused like any finding not in the review")
    void pageAndAnswer() throws Exception {
        String page = records.page(person, "pharmacist").andReturn().getResponse().getContentAsString();
        assertThat(page).contains("not shown to you", "Benzodiazepine for more than 4 weeks")
                .doesNotContain("methadone", "Opioid with a benzodiazepine", PROGRAM_PRODUCT);

        String refused = records.answer(person, "pharmacist", ReviewPagesIT.OPIOID_BENZODIAZEPINE, "acknowledged", "")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("this finding is not in the person&#39;s current review").doesNotContain("methadone");
        assertThat(jdbc.sql("select count(*) from finding_response where person_id = ?").param(person).query(Long.class).single())
                .isZero();
    }

    @Test
    @DisplayName("the caseload counts only findings from entries the whole team may read, so it hints at no Part 2 entry, even to their author")
    void caseloadLeavesThemOut() throws Exception {
        assertThat(records.caseload("pharmacist", familyName)).doesNotContain("open critical finding");
        assertThat(records.caseload("prescriber", familyName)).doesNotContain("open critical finding");
        assertThat(jdbc.sql("select finding_key from review_finding where person_id = ?").param(person).query(String.class).list())
                .containsExactly(ReviewPagesIT.LONG_TERM_BENZODIAZEPINE);
    }

    @Test
    @DisplayName("once the person consents to share Part 2 records, the pharmacist's review includes the interaction")
    void consentOpensThem() throws Exception {
        String username = "robin-" + UUID.randomUUID().toString().substring(0, 8);
        records.runAs("admin", () -> persons.openPortalAccount(person, new PortalAccount(username, "a long enough secret")));
        mvc.perform(post("/portal/sharing").with(signedIn.as(username)).with(csrf()).param("category", "sud-part2")
                .param("share", "true").param("signedName", "Robin " + familyName)).andExpect(redirectedUrl("/portal/sharing"));

        assertThat(reviewAs("pharmacist").findings()).extracting(ReviewedFinding::finding).extracting(Finding::key)
                .contains(ReviewPagesIT.OPIOID_BENZODIAZEPINE);
    }

    @Test
    @DisplayName("staff off the care team are refused the review, and the refusal is audited")
    void offTheTeam() {
        records.runAs("prescriber2", () -> assertThat(refused(() -> reviews.reviewOf(person))).isTrue());
        assertThat(jdbc.sql("select count(*) from audit_event where person_id = ? and username = 'prescriber2' "
                + "and outcome = 'denied'").param(person).query(Long.class).single()).isPositive();
    }

    private PersonReview reviewAs(String username) {
        AtomicReference<PersonReview> review = new AtomicReference<>();
        records.runAs(username, () -> review.set(reviews.reviewOf(person)));
        return review.get();
    }

    private static boolean refused(Runnable call) {
        try {
            call.run();
            return false;
        } catch (AccessDeniedException expected) {
            return true;
        }
    }
}
