package org.medopt.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.medopt.app.account.AccountService;
import org.medopt.app.account.Actor;
import org.medopt.app.account.Role;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every read and write of a person's record and every sign-in attempt: who, in which role, when (UTC),
 * which record, what, why, how it ended and from where. Events are appended to a hash chain (see
 * {@link AuditEvent}) one at a time, inside the transaction of what they record, so an event is kept exactly
 * when the access it records took effect. Refusals are kept even though their transaction rolls back.
 */
@Service
public class AuditLog {

    private static final int USERNAME_LENGTH = 100;
    private static final String NO_ROLE = "none";
    private static final String CDS_CLIENT_ROLE = "cds-client";

    private final AuditRepository events;
    private final AccountService accounts;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    AuditLog(AuditRepository events, AccountService accounts, PlatformTransactionManager transactions, Clock clock) {
        this.events = events;
        this.accounts = accounts;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Records that the signed-in actor did {@code action} to {@code resource} of the person's record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, long personId, String resource, Purpose purpose) {
        recordAll(action, List.of(personId), resource, purpose);
    }

    /** Records the same access to several persons' records, e.g. a caseload listing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(AuditAction action, Collection<Long> personIds, String resource, Purpose purpose) {
        Actor actor = accounts.currentActor();
        events.append(personIds.stream()
                .map(personId -> event(actor.username(), actor.role().code(), personId, action, resource, purpose,
                        Outcome.SUCCESS))
                .toList());
    }

    /**
     * Records what a CDS Hooks client did: a system authenticated by its signed JWT, not a MedOpt account, named by
     * its issuer. {@code personId} is null when the action touched no person's record in MedOpt.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordClient(String client, AuditAction action, Long personId, String resource, Purpose purpose) {
        events.append(List.of(event(client, CDS_CLIENT_ROLE, personId, action, resource, purpose, Outcome.SUCCESS)));
    }

    /**
     * Records what a clinician did through a CDS client acting on their behalf (a CDS Hooks service reading MedOpt's
     * record for the user the hook names): the clinician's account and role, and the client by its issuer.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordViaClient(Actor actor, String client, AuditAction action, long personId, String resource,
            Purpose purpose) {
        events.append(List.of(event(actor.username(), actor.role().code(), personId, action, resource, purpose,
                Outcome.SUCCESS, client)));
    }

    /** Records an administrator's action that touches no single record, such as reading the audit report. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAdministration(AuditAction action, String resource) {
        Actor actor = accounts.currentActor();
        events.append(List.of(event(actor.username(), actor.role().code(), null, action, resource, Purpose.OPERATIONS,
                Outcome.SUCCESS)));
    }

    /**
     * Records that the access policy refused the signed-in actor. The refusal usually rolls back the transaction
     * it happened in, so the event is appended in a transaction of its own once that one has ended.
     */
    public void recordRefusal(AuditAction attempted, long personId, String resource) {
        recordRefusal(accounts.currentActor(), null, attempted, personId, resource);
    }

    /** Records that the access policy refused a clinician on whose behalf a CDS client asked, as {@link #recordRefusal}. */
    public void recordRefusalViaClient(Actor actor, String client, AuditAction attempted, long personId, String resource) {
        recordRefusal(actor, client, attempted, personId, resource);
    }

    private void recordRefusal(Actor actor, String client, AuditAction attempted, long personId, String resource) {
        AuditEvent refusal = event(actor.username(), actor.role().code(), personId, attempted, resource,
                Purpose.usualFor(actor.role()), Outcome.DENIED, client);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    appendAlone(refusal);
                }
            });
        } else {
            appendAlone(refusal);
        }
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent signIn) {
        Authentication authentication = signIn.getAuthentication();
        String role = Arrays.stream(Role.values())
                .filter(r -> authentication.getAuthorities().stream().anyMatch(a -> r.authority().equals(a.getAuthority())))
                .map(Role::code)
                .findFirst().orElse(NO_ROLE);
        appendAlone(signInEvent(authentication, role, Outcome.SUCCESS));
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent failure) {
        appendAlone(signInEvent(failure.getAuthentication(), NO_ROLE, Outcome.FAILED));
    }

    /**
     * Events about one person's record by anyone but {@code exceptUsername}, newest first: {@code limit} of them
     * from {@code offset} on.
     */
    public List<AuditEvent> accessByOthers(long personId, String exceptUsername, int limit, long offset) {
        return events.aboutPersonExcept(personId, exceptUsername, limit, offset);
    }

    private void appendAlone(AuditEvent event) {
        newTransaction.executeWithoutResult(status -> events.append(List.of(event)));
    }

    private AuditEvent signInEvent(Authentication authentication, String role, Outcome outcome) {
        String typed = authentication.getName() == null ? "" : authentication.getName();
        String username = typed.length() > USERNAME_LENGTH ? typed.substring(0, USERNAME_LENGTH) : typed;
        String resource = signInStep(requestPath());
        return event(username, role, null, AuditAction.SIGN_IN, resource, Purpose.SIGN_IN, outcome);
    }

    private AuditEvent event(String username, String role, Long personId, AuditAction action, String resource,
            Purpose purpose, Outcome outcome) {
        return event(username, role, personId, action, resource, purpose, outcome, null);
    }

    private AuditEvent event(String username, String role, Long personId, AuditAction action, String resource,
            Purpose purpose, Outcome outcome, String viaClient) {
        return new AuditEvent(0, OffsetDateTime.now(clock), username, role, personId, action.code(), resource,
                purpose.code(), outcome.code(), clientAddress(), viaClient, null, null);
    }

    /** Which step of signing in: the password on the page, the one-time code after it, or an API call. */
    private static String signInStep(String path) {
        if (path != null && path.startsWith("/api/")) {
            return "api";
        }
        return path != null && path.startsWith("/signin/") ? "second-factor" : "password";
    }

    private static String requestPath() {
        HttpServletRequest request = currentRequest();
        return request == null ? null : request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String clientAddress() {
        HttpServletRequest request = currentRequest();
        return request == null ? "local" : request.getRemoteAddr();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
