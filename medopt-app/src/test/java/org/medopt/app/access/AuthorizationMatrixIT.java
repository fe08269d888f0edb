package org.medopt.app.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.medopt.app.MedOptIntegrationTest;
import org.medopt.app.TestSupport.SignedIn;
import org.medopt.app.account.AccountService;
import org.medopt.app.account.NewAccount;
import org.medopt.app.account.PasswordChange;
import org.medopt.app.account.PortalAccount;
import org.medopt.app.account.Role;
import org.medopt.app.billing.CareMinutesForm;
import org.medopt.app.billing.CareMinutesReversal;
import org.medopt.app.billing.CareMinutesService;
import org.medopt.app.context.ClinicalContextService;
import org.medopt.app.context.ConditionClosure;
import org.medopt.app.context.ConditionDetails;
import org.medopt.app.context.ObservationDetails;
import org.medopt.app.context.ObservationRetraction;
import org.medopt.app.context.StatusDetails;
import org.medopt.app.measurement.InstrumentForm;
import org.medopt.app.measurement.MeasurementService;
import org.medopt.app.medication.MedicationDetails;
import org.medopt.app.medication.MedicationService;
import org.medopt.app.medication.OwnWords;
import org.medopt.app.person.PersonDetails;
import org.medopt.app.person.PersonService;
import org.medopt.app.recovery.GoalForm;
import org.medopt.app.recovery.RecoveryGoalService;
import org.medopt.app.registry.CareEpisodeService;
import org.medopt.app.registry.CaseReviewRequest;
import org.medopt.app.registry.CaseReviewService;
import org.medopt.app.registry.EpisodeStart;
import org.medopt.app.taper.PlanForm;
import org.medopt.app.taper.TaperPlanService;
import org.medopt.app.team.CareTeamService;
import org.medopt.medication.MedicationKind;
import org.medopt.medication.RecordSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriTemplate;

/**
 * Every route the application answers, asked by every role about two records: Ada's, whose care team has one
 * account of each staff role and who has a portal account, and Bea's, whose team has none of them.
 *
 * <p>How an answer is read: {@code ok} is a success, a 2xx or a redirect other than to the sign-in page; a page
 * form must redirect, because a form shown again saved nothing. Every other answer is its status: 403 when the
 * route's role or the access policy refuses, 404 where a route looks only inside one record (the portal inside the
 * person's own, staff routes inside the record in the path), so another record's entry is simply not there, 400
 * where the person is told that only the care team records prescriptions. {@code signin} is a page's redirect to
 * sign in; the API answers 401. Each request carries a valid body, so an allowed write succeeds and a refusal can
 * only come from authorization. Every answer is also searched for the names and medication entries the asker may
 * not see, and afterwards the records' access logs must show no read by anyone outside the care team.
 */
@MedOptIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Authorization matrix")
class AuthorizationMatrixIT {

    /**
     * Who gets which answer, one line per route as the handler mappings name it ({@code ANY} for a route that takes
     * every method). A line may end with what the request sends ({@link Sends}); a route whose answer depends on it
     * has a line for each. Columns, in the order of {@link Column}: the person served on their own record and on
     * another person's; each staff role on the person's care team and not on it; the administrator; someone not
     * signed in. Each mark is an answer as the class comment reads it. A route that names no record is asked once per
     * role, so its "another person's record" and "not on the team" columns hold a {@code .} instead. A new route
     * fails {@link #coversEveryRoute()} until it has its line here.
     *
     * <p>Each record has one open request to correct the person's details. A decision or a statement of disagreement
     * could be saved only once, so the matrix sends one that is refused as input (a denial without a reason; a
     * statement on a request not denied): {@code 200} is the form shown again, past the access policy.
     *
     * <p>Likewise each record has one condition already resolved and one result already marked entered in error,
     * so closing either again is refused after the access policy: {@code 200} is the form shown again, {@code 409}
     * the API's answer. An answer to a review finding is sent as an override without a reason, refused as
     * input in the same way, since Ada's list may have no findings.
     *
     * <p>Each record has one draft taper plan. Stopping it is sent without a reason and acknowledging an alert names
     * none, both refused after the access policy; Ada has no running plan, so a check-in is refused as input.
     *
     * <p>Each record has one entry of care minutes already cancelled, so cancelling it again is refused after the
     * access policy: {@code 200} is the form shown again.
     *
     * <p>Each record has one recovery goal, written down by the prescriber with the person; only the person marks it
     * or changes its words, and only from the portal.
     * <p>Each record has an open care episode and is on the psychiatric case-review list, so starting another episode
     * or adding the person again is refused after the access policy, as are an end without a reason and a
     * recommendation without text: {@code 200} is the form shown again.
     * <p>Each record has one safety follow-up, opened by its PHQ-9, whose item 9 is answered above 0. The matrix records
     * attempts that did not reach the person, which leave it open, so every allowed write succeeds.
     */
    private static final String MATRIX = """
        #                                                           person    prescr.  pharm.   peer     care mgr admin not       sends
        #                                                           own other on  off  on  off  on  off  on  off        signed in
        GET  /signin                                                ok  .     ok  .    ok  .    ok  .    ok  .    ok    ok
        GET  /                                                      ok  .     ok  .    ok  .    ok  .    ok  .    ok    signin
        ANY  /error                                                 500 .     500 .    500 .    500 .    500 .    500   500
        GET  /api/openapi                                           ok  .     ok  .    ok  .    ok  .    ok  .    ok    ok
        GET  /signin/code                                           403 .     403 .    403 .    403 .    403 .    403   signin
        POST /signin/code                                           403 .     403 .    403 .    403 .    403 .    403   signin
        GET  /signin/enroll                                         403 .     403 .    403 .    403 .    403 .    403   signin
        POST /signin/enroll                                         403 .     403 .    403 .    403 .    403 .    403   signin
        GET  /account/two-factor                                    ok  .     ok  .    ok  .    ok  .    ok  .    ok    signin
        POST /account/two-factor                                    200 .     200 .    200 .    200 .    200 .    200   signin    wrong-password
        POST /account/two-factor/off                                200 .     200 .    200 .    200 .    200 .    200   signin    wrong-password
        GET  /account/password                                      ok  .     ok  .    ok  .    ok  .    ok  .    ok    signin
        POST /account/password                                      200 .     200 .    200 .    200 .    200 .    200   signin    wrong-password
        GET  /knowledge                                             ok  .     ok  .    ok  .    ok  .    ok  .    ok    ok
        GET  /knowledge/drugs/{rxcui}                               ok  ok    ok  ok   ok  ok   ok  ok   ok  ok   ok    ok
        GET  /help-now                                              ok  .     ok  .    ok  .    ok  .    ok  .    ok    ok
        GET  /api/openapi.yaml                                      ok  .     ok  .    ok  .    ok  .    ok  .    ok    401

        # Staff pages
        GET  /caseload                                              403 .     ok  .    ok  .    ok  .    ok  .    403   signin    search
        GET  /persons/new                                           403 .     ok  .    ok  .    403 .    ok  .    403   signin
        POST /persons/new                                           403 .     ok  .    ok  .    403 .    ok  .    403   signin    new-person
        GET  /persons/{id}                                          403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        GET  /persons/{id}/edit                                     403 403   ok  403  ok  403  403 403  ok  403  403   signin
        POST /persons/{id}/edit                                     403 403   ok  403  ok  403  403 403  ok  403  403   signin    person-details
        GET  /persons/{personId}/medications/new                    403 403   ok  403  ok  403  403 403  ok  403  403   signin
        POST /persons/{personId}/medications/new                    403 403   ok  403  ok  403  403 403  403 403  403   signin    prescription
        POST /persons/{personId}/medications/new                    403 403   ok  403  ok  403  403 403  ok  403  403   signin    over-the-counter
        GET  /persons/{personId}/medications/{entryId}              403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        GET  /persons/emergency-access                              403 .     ok  .    ok  .    ok  .    ok  .    403   signin
        GET  /persons/{id}/emergency-access                         403 403   ok  ok   ok  ok   ok  ok   ok  ok   403   signin
        POST /persons/{id}/emergency-access                         403 403   200 200  200 200  200 200  200 200  403   signin
        GET  /persons/{personId}/medications/{entryId}/edit         403 403   ok  403  ok  403  403 403  403 403  403   signin
        POST /persons/{personId}/medications/{entryId}/edit         403 403   ok  403  ok  403  403 403  403 403  403   signin    entry-change

        POST /persons/{personId}/medications/{entryId}/sensitivity  403 403   ok  403  ok  403  403 403  403 403  403   signin
        GET  /persons/{personId}/amendments/{requestId}             403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        POST /persons/{personId}/amendments/{requestId}             403 403   200 403  200 403  403 403  200 403  403   signin    denial-without-reason
        GET  /persons/{personId}/review                             403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        POST /persons/{personId}/review/responses                   403 403   200 403  200 403  403 403  403 403  403   signin    override-without-reason
        GET  /persons/{personId}/taper-plans                        403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        GET  /persons/{personId}/taper-plans/new                    403 403   ok  403  ok  403  403 403  403 403  403   signin
        POST /persons/{personId}/taper-plans/new                    403 403   ok  403  ok  403  403 403  403 403  403   signin    taper-draft
        GET  /persons/{personId}/taper-plans/{planId}               403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        GET  /persons/{personId}/taper-plans/{planId}/calendar.pdf  403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        GET  /persons/{personId}/taper-plans/{planId}/pharmacy-sheet.pdf 403 403 ok 403 ok 403 ok 403 ok  403  403   signin
        GET  /persons/{personId}/taper-plans/{planId}/edit          403 403   ok  403  ok  403  403 403  403 403  403   signin
        POST /persons/{personId}/taper-plans/{planId}/edit          403 403   ok  403  ok  403  403 403  403 403  403   signin    taper-draft
        POST /persons/{personId}/taper-plans/{planId}/status        403 403   200 403  200 403  403 403  403 403  403   signin    stop-without-reason
        POST /persons/{personId}/taper-plans/{planId}/alerts        403 403   404 403  404 403  403 403  403 403  403   signin    unknown-alert
        GET  /persons/{personId}/context                            403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        GET  /persons/{personId}/context/status                     403 403   ok  403  ok  403  403 403  403 403  403   signin
        POST /persons/{personId}/context/status                     403 403   ok  403  ok  403  403 403  403 403  403   signin    clinical-status
        GET  /persons/{personId}/conditions/new                     403 403   ok  403  ok  403  403 403  403 403  403   signin
        POST /persons/{personId}/conditions/new                     403 403   ok  403  ok  403  403 403  403 403  403   signin    condition
        GET  /persons/{personId}/conditions/{conditionId}/close     403 403   ok  403  ok  403  403 403  403 403  403   signin
        POST /persons/{personId}/conditions/{conditionId}/close     403 403   200 403  200 403  403 403  403 403  403   signin    condition-closure
        GET  /persons/{personId}/observations/new                   403 403   ok  403  ok  403  403 403  403 403  403   signin
        POST /persons/{personId}/observations/new                   403 403   ok  403  ok  403  403 403  403 403  403   signin    observation
        GET  /persons/{personId}/observations/{observationId}/close 403 403   ok  403  ok  403  403 403  403 403  403   signin
        POST /persons/{personId}/observations/{observationId}/close 403 403   200 403  200 403  403 403  403 403  403   signin    retraction
        GET  /persons/{personId}/care-minutes                       403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        POST /persons/{personId}/care-minutes                       403 403   ok  403  ok  403  403 403  ok  403  403   signin    care-minutes
        GET  /persons/{personId}/care-minutes/{minutesId}/reversal  403 403   ok  403  ok  403  403 403  ok  403  403   signin
        POST /persons/{personId}/care-minutes/{minutesId}/reversal  403 403   200 403  200 403  403 403  200 403  403   signin    reversal-again
        GET  /persons/{personId}/recovery-goals                     403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        POST /persons/{personId}/recovery-goals                     403 403   ok  403  ok  403  ok  403  ok  403  403   signin    recovery-goal
        GET  /persons/{personId}/recovery-goals/{goalId}            403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        POST /persons/{personId}/recovery-goals/{goalId}/notes      403 403   ok  403  ok  403  ok  403  ok  403  403   signin    progress-note
        GET  /persons/{personId}/care-episode                       403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        POST /persons/{personId}/care-episode                       403 403   200 403  403 403  403 403  200 403  403   signin    episode-start-while-open
        POST /persons/{personId}/care-episode/next-contact          403 403   ok  403  403 403  403 403  ok  403  403   signin    next-contact
        POST /persons/{personId}/care-episode/end                   403 403   200 403  403 403  403 403  200 403  403   signin    end-without-reason
        POST /persons/{personId}/case-review                        403 403   200 403  403 403  403 403  200 403  403   signin    case-review-again
        POST /persons/{personId}/case-review/recommendation         403 403   200 403  403 403  403 403  200 403  403   signin    recommendation-without-text

        # Safety follow-ups: read by whoever reads the record, recorded by clinical staff on the team but peer support
        GET  /safety-follow-ups                                     403 .     ok  .    ok  .    ok  .    ok  .    403   signin
        GET  /persons/{personId}/safety-follow-ups                  403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        GET  /persons/{personId}/safety-follow-ups/{followUpId}     403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        POST /persons/{personId}/safety-follow-ups/{followUpId}     403 403   ok  403  ok  403  403 403  ok  403  403   signin    follow-up-attempt

        # The monthly care-management billing report: care managers and prescribers, over the records they may read
        GET  /care-minutes/report                                   403 .     ok  .    403 .    403 .    ok  .    403   signin
        GET  /persons/{personId}/measures                           403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        GET  /persons/{personId}/measures/{instrumentId}/new        403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        POST /persons/{personId}/measures/{instrumentId}/new        403 403   200 403  200 403  200 403  200 403  403   signin    unanswered-questionnaire
        GET  /persons/{personId}/measures/responses/{responseId}    403 403   ok  403  ok  403  ok  403  ok  403  403   signin
        GET  /care-minutes/report.csv                               403 .     ok  .    403 .    403 .    ok  .    403   signin

        # The collaborative-care registry and the psychiatric case-review list: care managers and prescribers, over
        # the persons on their care teams
        GET  /registry                                              403 .     ok  .    403 .    403 .    ok  .    403   signin
        GET  /registry/case-review                                  403 .     ok  .    403 .    403 .    ok  .    403   signin

        # The person's portal
        GET  /portal                                                ok  .     403 .    403 .    403 .    403 .    403   signin
        GET  /portal/medications/new                                ok  .     403 .    403 .    403 .    403 .    403   signin
        POST /portal/medications/new                                ok  .     403 .    403 .    403 .    403 .    403   signin    over-the-counter
        GET  /portal/access                                         ok  .     403 .    403 .    403 .    403 .    403   signin
        GET  /portal/record.json                                    ok  .     403 .    403 .    403 .    403 .    403   signin
        GET  /portal/record.pdf                                     ok  .     403 .    403 .    403 .    403 .    403   signin
        GET  /portal/sharing                                        ok  .     403 .    403 .    403 .    403 .    403   signin
        POST /portal/sharing                                        ok  .     403 .    403 .    403 .    403 .    403   signin    withdrawal
        GET  /portal/medications/{entryId}/words                    ok  404   403 403  403 403  403 403  403 403  403   signin
        POST /portal/medications/{entryId}/words                    ok  404   403 403  403 403  403 403  403 403  403   signin    own-words
        GET  /portal/amendments                                     ok  .     403 .    403 .    403 .    403 .    403   signin
        GET  /portal/amendments/new                                 ok  .     403 .    403 .    403 .    403 .    403   signin
        POST /portal/amendments/new                                 ok  .     403 .    403 .    403 .    403 .    403   signin    correction
        GET  /portal/amendments/{requestId}                         ok  404   403 403  403 403  403 403  403 403  403   signin
        POST /portal/amendments/{requestId}/disagreement            200 404   403 403  403 403  403 403  403 403  403   signin    disagreement
        GET  /portal/taper                                          ok  .     403 .    403 .    403 .    403 .    403   signin
        GET  /portal/measures                                       ok  .     403 .    403 .    403 .    403 .    403   signin
        GET  /portal/measures/{instrumentId}                        ok  ok    403 403  403 403  403 403  403 403  403   signin
        POST /portal/measures/{instrumentId}                        200 200   403 403  403 403  403 403  403 403  403   signin    unanswered-questionnaire
        GET  /portal/measures/responses/{responseId}                ok  404   403 403  403 403  403 403  403 403  403   signin
        POST /portal/taper/check-ins                                200 .     403 .    403 .    403 .    403 .    403   signin    check-in-without-plan
        GET  /portal/taper/calendar.pdf                             404 .     403 .    403 .    403 .    403 .    403   signin
        GET  /portal/recovery-goals                                 ok  .     403 .    403 .    403 .    403 .    403   signin
        POST /portal/recovery-goals                                 ok  .     403 .    403 .    403 .    403 .    403   signin    recovery-goal
        GET  /portal/recovery-goals/{goalId}                        ok  404   403 403  403 403  403 403  403 403  403   signin
        POST /portal/recovery-goals/{goalId}/notes                  ok  404   403 403  403 403  403 403  403 403  403   signin    progress-note
        POST /portal/recovery-goals/{goalId}/status                 ok  404   403 403  403 403  403 403  403 403  403   signin    goal-status
        GET  /portal/recovery-goals/{goalId}/edit                   ok  404   403 403  403 403  403 403  403 403  403   signin
        POST /portal/recovery-goals/{goalId}/edit                   ok  404   403 403  403 403  403 403  403 403  403   signin    goal-words

        # Administration
        GET  /admin                                                 403 .     403 .    403 .    403 .    403 .    ok    signin    search
        POST /admin/accounts                                        403 .     403 .    403 .    403 .    403 .    ok    signin    staff-account
        GET  /admin/persons/{personId}/team                         403 403   403 403  403 403  403 403  403 403  ok    signin
        POST /admin/persons/{personId}/team                         403 403   403 403  403 403  403 403  403 403  ok    signin    team-member
        POST /admin/persons/{personId}/team/{memberId}/end          403 403   403 403  403 403  403 403  403 403  ok    signin    end-of-membership
        POST /admin/accounts/{accountId}/enabled                    403 403   403 403  403 403  403 403  403 403  ok    signin    enabling
        GET  /admin/audit                                           403 .     403 .    403 .    403 .    403 .    ok    signin
        POST /admin/audit/verify                                    403 .     403 .    403 .    403 .    403 .    ok    signin
        POST /admin/persons/{personId}/portal-account               403 403   403 403  403 403  403 403  403 403  ok    signin    portal-account

        # REST API
        GET  /api/persons                                           403 .     ok  .    ok  .    ok  .    ok  .    403   401       search
        POST /api/persons                                           403 .     ok  .    ok  .    403 .    ok  .    403   401       new-person
        GET  /api/persons/{id}                                      ok  403   ok  403  ok  403  ok  403  ok  403  403   401
        GET  /api/persons/{id}/history                              ok  403   ok  403  ok  403  ok  403  ok  403  403   401
        PUT  /api/persons/{id}                                      403 403   ok  403  ok  403  403 403  ok  403  403   401       person-details
        GET  /api/persons/{personId}/medications                    ok  403   ok  403  ok  403  ok  403  ok  403  403   401
        POST /api/persons/{personId}/medications                    400 403   ok  403  ok  403  403 403  403 403  403   401       prescription
        POST /api/persons/{personId}/medications                    ok  403   ok  403  ok  403  403 403  ok  403  403   401       over-the-counter
        GET  /api/persons/{personId}/medications/{entryId}          ok  403   ok  403  ok  403  ok  403  ok  403  403   401
        PUT  /api/persons/{personId}/medications/{entryId}          403 403   ok  403  ok  403  403 403  403 403  403   401       entry-change
        GET  /api/persons/{personId}/medications/{entryId}/history  ok  403   ok  403  ok  403  ok  403  ok  403  403   401
        GET  /api/persons/{personId}/context                        ok  403   ok  403  ok  403  ok  403  ok  403  403   401
        PUT  /api/persons/{personId}/context/status                 403 403   ok  403  ok  403  403 403  403 403  403   401       clinical-status
        POST /api/persons/{personId}/conditions                     403 403   ok  403  ok  403  403 403  403 403  403   401       condition
        GET  /api/persons/{personId}/conditions/{conditionId}       ok  403   ok  403  ok  403  ok  403  ok  403  403   401
        POST /api/persons/{personId}/conditions/{conditionId}/closure 403 403 409 403  409 403  403 403  403 403  403   401       condition-closure
        POST /api/persons/{personId}/observations                   403 403   ok  403  ok  403  403 403  403 403  403   401       observation
        GET  /api/persons/{personId}/observations/{observationId}   ok  403   ok  403  ok  403  ok  403  ok  403  403   401
        POST /api/persons/{personId}/observations/{observationId}/retraction 403 403 409 403 409 403 403 403 403 403 403 401 retraction
        POST /api/review                                            ok  .     ok  .    ok  .    ok  .    ok  .    ok    401       bundle
        POST /api/taper-plans/preview                               ok  .     ok  .    ok  .    ok  .    ok  .    ok    401       taper-request

        # CDS Hooks: discovery is public; the services take only a CDS client's signed JWT, which no account is
        # (cdshooks.CdsHooksIT shows a trusted client's answers and the refusals of untrusted ones)
        GET  /cds-services                                          ok  .     ok  .    ok  .    ok  .    ok  .    ok    ok
        POST /cds-services/medication-review                        403 .     403 .    403 .    403 .    403 .    403   401
        POST /cds-services/medication-review-order-sign             403 .     403 .    403 .    403 .    403 .    403   401
        POST /cds-services/medication-review/feedback               403 .     403 .    403 .    403 .    403 .    403   401
        POST /cds-services/medication-review-order-sign/feedback    403 .     403 .    403 .    403 .    403 .    403   401
        """;

    private static final List<Expectation> EXPECTATIONS = Expectation.parse(MATRIX);
    private static final List<Role> STAFF = List.of(Role.PRESCRIBER, Role.PHARMACIST, Role.PEER_SUPPORT, Role.CARE_MANAGER);
    private static final String PASSWORD = "matrix-password";
    private static final LocalDate BORN = LocalDate.of(1984, 5, 6);
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() { };

    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired ObjectMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired AccountService accounts;
    @Autowired PersonService persons;
    @Autowired CareTeamService teams;
    @Autowired MedicationService medications;
    @Autowired ClinicalContextService context;
    @Autowired TaperPlanService taperPlans;
    @Autowired CareMinutesService careMinutes;
    @Autowired MeasurementService measures;
    @Autowired RecoveryGoalService recoveryGoals;
    @Autowired CareEpisodeService episodes;
    @Autowired CaseReviewService caseReviews;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping;

    private final Map<Role, String> usernames = new EnumMap<>(Role.class);
    private final Map<Role, Long> staffAccounts = new EnumMap<>(Role.class);
    private final Map<Long, Long> responseIds = new HashMap<>();
    private Subject ada;
    private Subject bea;
    private long newcomer;

    /**
     * Ada and Bea share a family name, so one name search could find both. Ada's team is one fresh account of each
     * staff role; Bea's is a prescriber elsewhere. The newcomer, on no team, is who the administrator adds.
     */
    @BeforeAll
    void createRecords() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (Role role : STAFF) {
            usernames.put(role, "matrix-" + role.code() + "-" + run);
            staffAccounts.put(role, openAccount(usernames.get(role), role));
        }
        usernames.put(Role.PERSON, "matrix-person-" + run);
        usernames.put(Role.ADMIN, "admin");
        String elsewhere = "matrix-elsewhere-" + run;
        openAccount(elsewhere, Role.PRESCRIBER);
        newcomer = openAccount("matrix-newcomer-" + run, Role.PHARMACIST);
        try {
            ada = createRecord(usernames.get(Role.PRESCRIBER), "Ada" + run, "Matrix" + run);
            bea = createRecord(elsewhere, "Bea" + run, "Matrix" + run);
            signIn("admin");
            STAFF.stream().filter(role -> role != Role.PRESCRIBER)
                    .forEach(role -> teams.add(ada.personId(), staffAccounts.get(role)));
            persons.openPortalAccount(ada.personId(), new PortalAccount(usernames.get(Role.PERSON), PASSWORD));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    @DisplayName("the matrix has a line for every route the application answers, and none for a route it no longer has")
    void coversEveryRoute() {
        Set<String> routes = handlerMapping.getHandlerMethods().keySet().stream()
                .flatMap(AuthorizationMatrixIT::routes).collect(Collectors.toSet());
        Set<String> lines = EXPECTATIONS.stream().map(Expectation::route).collect(Collectors.toSet());
        assertThat(routes.stream().filter(route -> !lines.contains(route)))
                .as("routes the application answers that have no line in the matrix").isEmpty();
        assertThat(lines.stream().filter(line -> !routes.contains(line)))
                .as("lines of the matrix for routes the application no longer answers").isEmpty();
    }

    @TestFactory
    @DisplayName("each role, on the record of a person they serve and on anyone else's, gets the answer the matrix gives")
    Stream<DynamicNode> matrix() {
        Stream<DynamicNode> routes = EXPECTATIONS.stream().map(row -> dynamicContainer(row.title(),
                Stream.of(Column.values()).filter(column -> !row.mark(column).equals("."))
                        .map(column -> cell(row, column, row.mark(column)))));
        return Stream.concat(routes, Stream.of(dynamicTest(
                "afterwards, nobody has read Bea's record, and only Ada and her care team have read Ada's",
                this::onlyTheTeamReadTheRecords)));
    }

    @TestFactory
    @DisplayName("a medication entry, condition or result is reached only through the record it belongs to")
    Stream<DynamicTest> entriesOfAnotherRecord() {
        return EXPECTATIONS.stream().filter(row -> row.pattern().contains("{personId}") && (row.pattern().contains("{entryId}")
                        || row.pattern().contains("{conditionId}") || row.pattern().contains("{observationId}")
                        || row.pattern().contains("{planId}") || row.pattern().contains("{minutesId}")
                        || row.pattern().contains("{goalId}") || row.pattern().contains("{followUpId}")))
                .flatMap(row -> Stream.of(Column.values())
                        .filter(column -> column.asksAboutAda && row.mark(column).equals("ok"))
                        .map(column -> dynamicTest(column.who(row) + " cannot reach Bea's entry through Ada's record with "
                                + row.title() + " (404)", () -> assertAnswer(row, column, ada.withEntryOf(bea), "404"))));
    }

    @TestFactory
    @DisplayName("a caseload, searched or not, lists only persons on the staff member's care teams")
    Stream<DynamicTest> caseloads() {
        return STAFF.stream().map(role -> dynamicTest("a " + role.label().toLowerCase(Locale.ROOT)
                + "'s caseload has Ada and nobody off their teams; searching the family name finds Ada, not Bea", () -> {
                    String username = usernames.get(role);
                    assertThat(caseload(username, null)).contains(ada.personId())
                            .isSubsetOf(teams.personsOnTeamsOf(staffAccounts.get(role)));
                    assertThat(caseload(username, ada.familyName())).containsExactly(ada.personId());
                    assertThat(mvc.perform(get("/caseload").param("q", ada.familyName()).with(signedIn.as(username)))
                            .andReturn().getResponse().getContentAsString())
                            .contains(ada.givenName()).doesNotContain(bea.givenName());
                }));
    }

    private DynamicTest cell(Expectation row, Column column, String mark) {
        String title = row.title();
        String sentence = switch (mark) {
            case "ok" -> "can " + title;
            case "signin" -> "cannot " + title + " (sent to sign in)";
            default -> mark.startsWith("4") ? "cannot " + title + " (" + mark + ")" : "gets " + mark + " from " + title;
        };
        return dynamicTest(column.who(row) + " " + sentence,
                () -> assertAnswer(row, column, column.asksAboutAda ? ada : bea, mark));
    }

    private void assertAnswer(Expectation row, Column column, Subject subject, String mark) throws Exception {
        MockHttpServletResponse response = mvc.perform(request(row, column, subject)).andReturn().getResponse();
        String asked = row.title() + " asked by " + column.who(row);
        assertThat(answer(row, response)).as("the answer to %s", asked).isEqualTo(mark);
        assertThat(response.getContentAsString()).as("what the answer to %s shows", asked)
                .doesNotContain(unseen(column.role).toArray(String[]::new));
    }

    /** The answer as the matrix writes it: ok, signin, or the status. */
    private static String answer(Expectation row, MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (location != null && location.endsWith("/signin")) {
            return "signin";
        }
        boolean succeeded = status / 100 == 3 || status / 100 == 2 && !row.pageForm();
        return succeeded ? "ok" : String.valueOf(status);
    }

    /**
     * What the role may not see: staff and the person see only Ada's record, the administrator names but no
     * medication, and someone not signed in nothing.
     */
    private List<String> unseen(Role role) {
        if (role == null) {
            return List.of(ada.givenName(), ada.entryMarker(), bea.givenName(), bea.entryMarker());
        }
        if (role == Role.ADMIN) {
            return List.of(ada.entryMarker(), bea.entryMarker());
        }
        return List.of(bea.givenName(), bea.entryMarker());
    }

    private MockHttpServletRequestBuilder request(Expectation row, Column column, Subject subject) throws Exception {
        URI uri = new UriTemplate(row.pattern()).expand(Map.ofEntries(Map.entry("id", subject.personId()),
                Map.entry("personId", subject.personId()), Map.entry("entryId", subject.entryId()),
                Map.entry("memberId", subject.memberId()), Map.entry("accountId", newcomer),
                Map.entry("requestId", subject.requestId()), Map.entry("conditionId", subject.conditionId()),
                Map.entry("observationId", subject.observationId()), Map.entry("planId", subject.planId()),
                Map.entry("minutesId", subject.minutesId()), Map.entry("goalId", subject.goalId()),
                Map.entry("rxcui", "36437"), Map.entry("instrumentId", "phq-9"),
                Map.entry("responseId", responseIds.get(subject.personId())), Map.entry("followUpId", subject.followUpId())));
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(row.httpMethod(), uri);
        Object body = body(row.sends(), subject);
        if (row.api() && row.httpMethod() != HttpMethod.GET) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        } else {
            json.convertValue(body, FIELDS).forEach((name, value) -> request.param(name, String.valueOf(value)));
        }
        if (row.pageForm()) {
            request.with(csrf());
        }
        if (column.role != null) {
            request.with(signedIn.as(usernames.get(column.role)));
        }
        return request;
    }

    private Object body(Sends sends, Subject subject) {
        return switch (sends) {
            case NOTHING -> Map.of();
            case SEARCH -> Map.of("q", subject.familyName());
            case NEW_PERSON -> person("Newly", "Registered", newToken(), null);
            case PERSON_DETAILS -> person(subject.givenName(), subject.familyName(), null, version("person", subject.personId()));
            case PRESCRIPTION -> prescription("once daily", null, newToken(), null);
            case OVER_THE_COUNTER -> new MedicationDetails(MedicationKind.OVER_THE_COUNTER.code(), null, "ibuprofen", null,
                    BigDecimal.valueOf(200), "mg", "oral", "when needed", null, null, null, null, null, null, null,
                    RecordSource.REPORTED_BY_PERSON.code(), null, newToken(), null);
            case ENTRY_CHANGE -> prescription(subject.entryMarker(), "Checked at review", null,
                    version("medication_entry", subject.entryId()));
            case OWN_WORDS -> new OwnWords("For low mood", "Going well", version("medication_entry", subject.entryId()));
            case STAFF_ACCOUNT -> new NewAccount("matrix-" + newToken().substring(0, 8), PASSWORD, Role.CARE_MANAGER,
                    "New Colleague", null);
            case TEAM_MEMBER -> Map.of("accountId", newcomer);
            case END_OF_MEMBERSHIP -> Map.of("reason", "Moved to another clinic");
            case PORTAL_ACCOUNT -> new PortalAccount("matrix-" + newToken().substring(0, 8), PASSWORD);
            case ENABLING -> Map.of("enabled", true);
            case WITHDRAWAL -> Map.of("category", "sud-part2", "share", false);
            case CORRECTION -> Map.of("whatIsWrong", "My middle name is missing", "whatItShouldSay", "Ada Lou",
                    "submissionToken", newToken());
            case DISAGREEMENT -> Map.of("statement", "I disagree");
            case DENIAL_WITHOUT_REASON -> Map.of("outcome", "denied");
            case OVERRIDE_WITHOUT_REASON -> Map.of("findingKey", "any-rule:" + subject.entryId(), "response", "overridden",
                    "reason", "");
            case WRONG_PASSWORD -> new PasswordChange("not the password", "a new enough password", "a new enough password");
            case BUNDLE -> Map.of("resourceType", "Bundle", "type", "collection", "entry", List.of());
            case TAPER_REQUEST -> Map.of("drug", "citalopram", "dailyMilligrams", 20, "start", "2027-01-04");
            case CLINICAL_STATUS -> new StatusDetails("female", "not-pregnant", "Checked at review",
                    statusRevision(subject.personId()));
            case CARE_MINUTES -> Map.of("workedOn", LocalDate.now(ZoneOffset.UTC).toString(), "minutes", 20, "kind", "cocm",
                    "note", "Phone follow-up", "submissionToken", newToken());
            case REVERSAL_AGAIN -> new CareMinutesReversal("Logged twice");
            case EPISODE_START_WHILE_OPEN -> Map.of("program", "cocm", "startedOn", LocalDate.now(ZoneOffset.UTC).toString(),
                    "submissionToken", newToken());
            case NEXT_CONTACT -> Map.of("nextContactDue", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
            case END_WITHOUT_REASON -> Map.of("endedOn", LocalDate.now(ZoneOffset.UTC).toString(), "endReason", "");
            case CASE_REVIEW_AGAIN -> Map.of("reason", "Still not improving");
            case RECOMMENDATION_WITHOUT_TEXT -> Map.of("consultant", "Dr. Consultant", "recommendation", "");
            case CONDITION -> new ConditionDetails("icd-10-cm", "G40.909", "Epilepsy, unspecified", null, newToken());
            case CONDITION_CLOSURE -> new ConditionClosure("resolved", null, "No seizures for years");
            case OBSERVATION -> new ObservationDetails("14334-7", "Lithium", BigDecimal.valueOf(0.7), "mmol/L", BORN,
                    newToken());
            case RETRACTION -> new ObservationRetraction("Another person's sample");
            case TAPER_DRAFT -> taperDraft(subject.entryId(), "save");
            case STOP_WITHOUT_REASON -> Map.of("action", "stop", "reason", "");
            case UNKNOWN_ALERT -> Map.of("changeId", 0);
            case CHECK_IN_WITHOUT_PLAN -> Map.of("howHard", 2, "intolerable", "no", "request", "none");
            case UNANSWERED_QUESTIONNAIRE -> Map.of("completedOn", LocalDate.now(ZoneOffset.UTC).toString(),
                    "submissionToken", newToken());
            case RECOVERY_GOAL -> Map.of("domain", "work-or-school", "goal", "Finish my course", "submissionToken", newToken());
            case PROGRESS_NOTE -> Map.of("note", "Went to the first class", "submissionToken", newToken());
            case GOAL_STATUS -> Map.of("status", "achieved", "version", version("recovery_goal", subject.goalId()));
            case GOAL_WORDS -> Map.of("domain", "housing", "goal", "A flat near my sister", "version",
                    version("recovery_goal", subject.goalId()));
            case FOLLOW_UP_ATTEMPT -> Map.of("actions", "not-reached", "note", "Called, no answer; trying again",
                    "submissionToken", newToken());
        };
    }

    private void onlyTheTeamReadTheRecords() {
        assertThat(readers(bea)).isEmpty();
        assertThat(readers(ada)).containsExactlyInAnyOrderElementsOf(
                Stream.concat(STAFF.stream(), Stream.of(Role.PERSON)).map(usernames::get).toList());
    }

    /**
     * Who read the person's record; refused attempts are audited too but read nothing, and the administrator's
     * directory lists names only, so neither counts.
     */
    private List<String> readers(Subject subject) {
        return jdbc.sql("""
                select distinct username from audit_event
                where person_id = ? and action = 'read' and outcome = 'success' and resource <> 'directory'""")
                .param(subject.personId()).query(String.class).list();
    }

    private List<Long> caseload(String username, String query) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/persons").with(signedIn.as(username));
        if (query != null) {
            request.param("q", query);
        }
        List<Long> ids = new ArrayList<>();
        json.readTree(mvc.perform(request).andReturn().getResponse().getContentAsString())
                .forEach(person -> ids.add(person.get("id").asLong()));
        return ids;
    }

    private Subject createRecord(String registrar, String givenName, String familyName) {
        signIn(registrar);
        long person = persons.register(person(givenName, familyName, null, null));
        String marker = "nightly " + givenName;
        long entry = medications.add(person, prescription(marker, null, null, null));
        long condition = context.addCondition(person, new ConditionDetails("icd-10-cm", "F31.9", "Bipolar disorder", null, null));
        context.closeCondition(person, condition, new ConditionClosure("entered-in-error", null, "Another person's"));
        long observation = context.addObservation(person, new ObservationDetails("2345-7", "Glucose",
                BigDecimal.valueOf(90), "mg/dL", BORN, null));
        context.retractObservation(person, observation, new ObservationRetraction("Another person's sample"));
        long plan = taperPlans.create(person, taperDraftForm(), false);
        long minutes = careMinutes.log(person, new CareMinutesForm(BORN, 20, "cocm", null, null));
        careMinutes.reverse(person, minutes, new CareMinutesReversal("Logged on the wrong record"));
        long response = measures.record(person, "phq-9", phq9()).id();
        responseIds.put(person, response);
        long goal = recoveryGoals.add(person, new GoalForm("housing", "A flat of my own", null, null, null));
        episodes.start(person, new EpisodeStart("cocm", LocalDate.now(ZoneOffset.UTC).minusWeeks(9), null, null));
        caseReviews.add(person, new CaseReviewRequest("Not improving"));
        return new Subject(person, givenName, familyName, entry, marker, teams.teamOf(person).get(0).id(),
                correctionRequest(person), condition, observation, plan, minutes, goal, safetyFollowUp(response));
    }

    /** The safety follow-up the record's PHQ-9 opened: its item 9 is answered 1. */
    private long safetyFollowUp(long responseId) {
        return jdbc.sql("select id from safety_follow_up where questionnaire_response_id = ?").param(responseId)
                .query(Long.class).single();
    }

    /** An open request to correct the person's details, as the person would have sent it from the portal. */
    private long correctionRequest(long personId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into amendment_request (person_id, what_is_wrong, what_it_should_say, requested_at, requested_by,
                    status)
                values (?, 'The phone number is old', 'No phone number', current_timestamp, 'the person', 'requested')""")
                .param(personId).update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    private long openAccount(String username, Role role) {
        return accounts.openAsSystem(new NewAccount(username, PASSWORD, role, username, null));
    }

    private void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private int statusRevision(long personId) {
        return jdbc.sql("select coalesce(max(revision), 0) from clinical_status where person_id = ?").param(personId)
                .query(Integer.class).single();
    }

    private int version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = ?").param(id).query(Integer.class).single();
    }

    private static Stream<String> routes(RequestMappingInfo mapping) {
        Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
        Stream<String> names = methods.isEmpty() ? Stream.of("ANY") : methods.stream().map(RequestMethod::name);
        return names.flatMap(method -> mapping.getPatternValues().stream().map(pattern -> method + " " + pattern));
    }

    private static PersonDetails person(String givenName, String familyName, String token, Integer version) {
        return new PersonDetails(givenName, familyName, null, null, BORN, "English", null, null, null, null, token, version);
    }

    private static MedicationDetails prescription(String frequency, String changeReason, String token, Integer version) {
        return new MedicationDetails(MedicationKind.PRESCRIPTION.code(), null, "sertraline", null, BigDecimal.valueOf(50),
                "mg", "oral", frequency, null, null, null, null, null, null, null, RecordSource.PRESCRIBED_HERE.code(),
                changeReason, token, version);
    }

    /** A draft taper of 50 mg sertraline a day, the page form's fields; of no medication entry in the record's set-up. */
    private static Map<String, Object> taperDraft(Long entryId, String intent) {
        Map<String, Object> form = new java.util.HashMap<>(Map.of("drug", "sertraline", "dailyMilligrams", 50,
                "products", "20 mg/mL oral concentrate", "method", "hyperbolic", "stepDays", 28, "pace", 10, "occupancyStep", 5,
                "start", LocalDate.now().toString(), "intent", intent));
        if (entryId != null) {
            form.put("medicationEntryId", entryId);
        }
        return form;
    }

    private static PlanForm taperDraftForm() {
        return new PlanForm(null, "sertraline", BigDecimal.valueOf(50), "", List.of("20 mg/mL oral concentrate"), null, "hyperbolic",
                28, BigDecimal.TEN, BigDecimal.valueOf(5), LocalDate.now(), null, false, "save");
    }

    /** A PHQ-9 the person answered on paper today, entered by the staff member who registers them. */
    private static InstrumentForm phq9() {
        InstrumentForm form = new InstrumentForm();
        form.setCompletedOn(LocalDate.now(ZoneOffset.UTC).toString());
        IntStream.rangeClosed(1, 9).forEach(item -> form.getAnswers().put("phq9-" + item, "1"));
        return form;
    }

    private static String newToken() {
        return UUID.randomUUID().toString();
    }

    /**
     * A person's record as the matrix asks about it: the person, one medication entry, one care-team membership, one
     * correction request, one closed condition, one result entered in error, one recovery goal and one open safety
     * follow-up (and, not named here, an open care episode and a place on the case-review list).
     */
    private record Subject(long personId, String givenName, String familyName, long entryId, String entryMarker,
            long memberId, long requestId, long conditionId, long observationId, long planId, long minutesId,
            long goalId, long followUpId) {

        Subject withEntryOf(Subject other) {
            return new Subject(personId, givenName, familyName, other.entryId, entryMarker, memberId, requestId,
                    other.conditionId, other.observationId, other.planId, other.minutesId, other.goalId,
                    other.followUpId);
        }
    }

    /**
     * The matrix's columns, in order: who asks, and whether about Ada's record (their own, or that of a person
     * whose team they are on) or Bea's. The administrator asks about Bea, so that opening a portal account and
     * changing a team leave Ada's record as the other columns need it.
     */
    private enum Column {
        PERSON_OWN(Role.PERSON, "the person served", "on their own record", true),
        PERSON_OTHER(Role.PERSON, "the person served", "on another person's record", false),
        PRESCRIBER_ON_TEAM(Role.PRESCRIBER, "a prescriber", "on the person's care team", true),
        PRESCRIBER_NOT_ON_TEAM(Role.PRESCRIBER, "a prescriber", "not on the person's care team", false),
        PHARMACIST_ON_TEAM(Role.PHARMACIST, "a pharmacist", "on the person's care team", true),
        PHARMACIST_NOT_ON_TEAM(Role.PHARMACIST, "a pharmacist", "not on the person's care team", false),
        PEER_SUPPORT_ON_TEAM(Role.PEER_SUPPORT, "a peer support specialist", "on the person's care team", true),
        PEER_SUPPORT_NOT_ON_TEAM(Role.PEER_SUPPORT, "a peer support specialist", "not on the person's care team", false),
        CARE_MANAGER_ON_TEAM(Role.CARE_MANAGER, "a care manager", "on the person's care team", true),
        CARE_MANAGER_NOT_ON_TEAM(Role.CARE_MANAGER, "a care manager", "not on the person's care team", false),
        ADMIN(Role.ADMIN, "the administrator", "", false),
        NOT_SIGNED_IN(null, "someone not signed in", "", true);

        /** The role signed in, or {@code null} for nobody. */
        final Role role;
        final String asker;
        final String relationship;
        final boolean asksAboutAda;

        Column(Role role, String asker, String relationship, boolean asksAboutAda) {
            this.role = role;
            this.asker = asker;
            this.relationship = relationship;
            this.asksAboutAda = asksAboutAda;
        }

        String who(Expectation row) {
            return row.namesARecord() && !relationship.isEmpty() ? asker + " " + relationship : asker;
        }

        /** A column that differs from the one before it only in asking about Bea's record instead of Ada's. */
        boolean anotherRecord() {
            return !relationship.isEmpty() && !asksAboutAda;
        }
    }

    /** What a request sends, where the route needs it or the answer depends on it. */
    private enum Sends {
        NOTHING(""),
        SEARCH("a name search"),
        NEW_PERSON("a new person"),
        PERSON_DETAILS("the person's details"),
        PRESCRIPTION("a prescription"),
        OVER_THE_COUNTER("an over-the-counter medicine"),
        ENTRY_CHANGE("a change to the entry"),
        OWN_WORDS("the person's own words"),
        STAFF_ACCOUNT("a new staff account"),
        TEAM_MEMBER("a new team member"),
        END_OF_MEMBERSHIP("the end of a membership"),
        PORTAL_ACCOUNT("a portal account"),
        ENABLING("an account to enable"),
        WRONG_PASSWORD("a wrong current password"),
        WITHDRAWAL("a withdrawal of consent to share"),
        CORRECTION("a request for a correction"),
        DISAGREEMENT("a statement of disagreement"),
        DENIAL_WITHOUT_REASON("a denial without a reason"),
        CLINICAL_STATUS("a sex and pregnancy status"),
        CONDITION("a condition"),
        CARE_MINUTES("care-management minutes"),
        REVERSAL_AGAIN("a second cancellation of cancelled minutes"),
        EPISODE_START_WHILE_OPEN("a care episode to start while one is open"),
        NEXT_CONTACT("the day of the next contact"),
        END_WITHOUT_REASON("the end of the care episode without a reason"),
        CASE_REVIEW_AGAIN("a second request for case review"),
        RECOMMENDATION_WITHOUT_TEXT("a recommendation without text"),
        CONDITION_CLOSURE("the closure of a condition already closed"),
        OBSERVATION("a lab result"),
        RETRACTION("a retraction of a result already retracted"),
        TAPER_DRAFT("a taper plan to save as a draft"),
        STOP_WITHOUT_REASON("a stop of the taper plan without a reason"),
        UNKNOWN_ALERT("an alert the plan does not have"),
        CHECK_IN_WITHOUT_PLAN("a withdrawal check-in, with no plan running"),
        RECOVERY_GOAL("a recovery goal"),
        PROGRESS_NOTE("a progress note on a recovery goal"),
        GOAL_STATUS("the mark that the goal is achieved"),
        GOAL_WORDS("new words for the goal"),
        FOLLOW_UP_ATTEMPT("a safety follow-up attempt that did not reach the person"),
        OVERRIDE_WITHOUT_REASON("an override of a review finding without a reason"),
        BUNDLE("a FHIR bundle to review"),
        TAPER_REQUEST("a taper to preview"),
        UNANSWERED_QUESTIONNAIRE("a PHQ-9 with no answers");

        final String phrase;

        Sends(String phrase) {
            this.phrase = phrase;
        }

        static Sends named(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** One line of the matrix: a route, what it sends, and the answer expected in each column. */
    private record Expectation(String method, String pattern, List<String> marks, Sends sends) {

        static List<Expectation> parse(String matrix) {
            return matrix.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(Expectation::of).toList();
        }

        private static Expectation of(String line) {
            List<String> words = List.of(line.trim().split("\\s+"));
            int columns = Column.values().length;
            if (words.size() != 2 + columns && words.size() != 3 + columns) {
                throw new IllegalArgumentException("not a line of the matrix: " + line);
            }
            Sends sends = words.size() > 2 + columns ? Sends.named(words.get(2 + columns)) : Sends.NOTHING;
            Expectation row = new Expectation(words.get(0), words.get(1), words.subList(2, 2 + columns), sends);
            for (Column column : Column.values()) {
                String mark = row.mark(column);
                boolean skipped = mark.equals(".");
                if (!mark.matches("ok|signin|\\.|[1-5]\\d\\d") || skipped != (!row.namesARecord() && column.anotherRecord())) {
                    throw new IllegalArgumentException("'" + mark + "' cannot stand for " + column + " in: " + line);
                }
            }
            return row;
        }

        String mark(Column column) {
            return marks.get(column.ordinal());
        }

        String route() {
            return method + " " + pattern;
        }

        String title() {
            return sends == Sends.NOTHING ? route() : route() + " with " + sends.phrase;
        }

        HttpMethod httpMethod() {
            return method.equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(method);
        }

        boolean namesARecord() {
            return pattern.contains("{");
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }

        /** A page's form: it answers a successful save with a redirect, and needs the CSRF token. */
        boolean pageForm() {
            return !api() && httpMethod() != HttpMethod.GET;
        }
    }
}
