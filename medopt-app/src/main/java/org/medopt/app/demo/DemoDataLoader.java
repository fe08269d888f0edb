package org.medopt.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.medopt.app.access.SensitiveCategory;
import org.medopt.app.account.AccountService;
import org.medopt.app.account.TwoFactorService;
import org.medopt.app.account.NewAccount;
import org.medopt.app.account.Role;
import org.medopt.app.context.ClinicalContextService;
import org.medopt.app.context.ConditionClosure;
import org.medopt.app.context.ConditionDetails;
import org.medopt.app.context.ObservationDetails;
import org.medopt.app.context.StatusDetails;
import org.medopt.app.demo.DemoData.DemoCondition;
import org.medopt.app.demo.DemoData.DemoMedication;
import org.medopt.app.demo.DemoData.DemoPerson;
import org.medopt.app.medication.MedicationDetails;
import org.medopt.app.medication.MedicationService;
import org.medopt.app.person.PersonDetails;
import org.medopt.app.person.PersonService;
import org.medopt.app.team.CareTeamService;
import org.medopt.shared.Coded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with synthetic demo data on first start. Staff enter it through the same services,
 * access policy and audit as anyone else: the demo prescribers register their persons and record medications and
 * health context, the demo administrator puts the rest of each team together.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    /** The demo person whose sertraline taper runs from the start (see {@link DemoTaper}). */
    private static final String TAPERING = "person";
    /** The peer support specialist on that person's team, who writes a note on one of their recovery goals. */
    private static final String PEER = "peer";
    /** The demo care manager, who follows the demo persons in collaborative care (see {@link DemoRegistry}). */
    private static final String CARE_MANAGER = "caremanager";

    private final AccountService accounts;
    private final TwoFactorService twoFactor;
    private final PersonService persons;
    private final CareTeamService teams;
    private final MedicationService medications;
    private final ClinicalContextService context;
    private final DemoTaper taper;
    private final DemoRecoveryGoals recoveryGoals;
    private final DemoRegistry registry;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;
    private final DemoDataSettings settings;
    private final String databaseUrl;

    DemoDataLoader(AccountService accounts, TwoFactorService twoFactor, PersonService persons, CareTeamService teams, MedicationService medications,
            ClinicalContextService context, DemoTaper taper, DemoRecoveryGoals recoveryGoals, DemoRegistry registry,
            TransactionTemplate transaction, ObjectMapper json, Clock clock, DemoDataSettings settings,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        this.settings = settings;
        this.databaseUrl = databaseUrl;
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.persons = persons;
        this.teams = teams;
        this.medications = medications;
        this.context = context;
        this.taper = taper;
        this.recoveryGoals = recoveryGoals;
        this.registry = registry;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!settings.allowsLoadingInto(databaseUrl) || persons.anyRegistered()) {
            return;
        }
        DemoData demo = read();
        transaction.executeWithoutResult(status -> load(demo));
        log.info("Loaded demo data: {} synthetic persons and {} staff accounts", demo.persons().size(), demo.staff().size());
    }

    private DemoData read() throws IOException {
        try (InputStream in = new ClassPathResource("demo/demo-data.json").getInputStream()) {
            return json.readValue(in, DemoData.class);
        }
    }

    private void load(DemoData demo) {
        Map<String, Long> staffIds = new HashMap<>();
        demo.staff().forEach(s -> {
            long id = accounts.openAsSystem(
                    new NewAccount(s.username(), demo.password(), Coded.of(Role.class, s.role()), s.displayName(), null));
            twoFactor.enrollAsSystem(id, demo.staffTwoFactorKey());
            staffIds.put(s.username(), id);
        });
        for (DemoPerson p : demo.persons()) {
            long id = actingAs(p.prescriber(), () -> register(p));
            actingAs("admin", () -> {
                p.team().forEach(member -> teams.add(id, staffIds.get(member)));
                return id;
            });
            p.medications().forEach(m -> actingAs(p.prescriber(), () -> {
                long entry = medications.add(id, medication(m));
                if (m.sensitivity() != null) {
                    medications.classify(id, entry, Coded.of(SensitiveCategory.class, m.sensitivity()));
                }
                return entry;
            }));
            actingAs(p.prescriber(), () -> recordContext(id, p));
            if (p.account() != null) {
                accounts.openAsSystem(new NewAccount(p.account(), demo.password(), Role.PERSON,
                        p.legalGivenName() + " " + p.legalFamilyName(), id));
            }
            if (registry.follows(p.legalFamilyName())) {
                actingAs(CARE_MANAGER, () -> registry.enrol(id, p.legalFamilyName(), LocalDate.now(clock)));
            }
            if (TAPERING.equals(p.account())) {
                actingAs(p.prescriber(), () -> taper.plan(id, LocalDate.now(clock).minusMonths(1)));
                actingAs(p.account(), () -> {
                    taper.checkIn(id, 1, 3, "Some headaches and vivid dreams, manageable.", "none");
                    taper.checkIn(id, 1, 4, "Busy month at work; I would rather go slower.", "slow-down");
                    return id;
                });
                long goal = actingAs(p.account(), () -> recoveryGoals.writtenByPerson(id));
                actingAs(PEER, () -> recoveryGoals.peerNote(id, goal));
            }
        }
    }

    private long recordContext(long id, DemoPerson p) {
        LocalDate today = LocalDate.now(clock);
        context.recordStatus(id, new StatusDetails(p.sex(), p.pregnancy() == null ? "unknown" : p.pregnancy(), null, 0));
        for (DemoCondition c : p.conditions()) {
            LocalDate onset = c.onsetMonthsAgo() == null ? null : today.minusMonths(c.onsetMonthsAgo());
            long condition = context.addCondition(id, new ConditionDetails(c.system(), c.code(), c.display(), onset, null));
            if (c.resolvedMonthsAgo() != null) {
                context.closeCondition(id, condition,
                        new ConditionClosure("resolved", today.minusMonths(c.resolvedMonthsAgo()), c.closeReason()));
            }
        }
        p.observations().forEach(o -> context.addObservation(id, new ObservationDetails(o.code(), o.display(), o.value(),
                o.unit(), o.takenBefore(today), null)));
        return id;
    }

    private long register(DemoPerson p) {
        LocalDate born = LocalDate.now(clock).minusYears(p.age() + 1L).plusDays(p.birthdayInDays());
        String email = (p.legalGivenName() + "." + p.legalFamilyName()).toLowerCase() + "@example.org";
        return persons.register(new PersonDetails(p.legalGivenName(), p.legalFamilyName(), p.preferredName(),
                p.pronouns(), born, p.preferredLanguage(), "555-0100", email, "Synthetic demo record", null, null, null));
    }

    private MedicationDetails medication(DemoMedication m) {
        LocalDate today = LocalDate.now(clock);
        LocalDate stopped = m.stoppedMonthsAgo() == null ? null : today.minusMonths(m.stoppedMonthsAgo());
        return new MedicationDetails(m.kind(), null, m.drug(), m.strength(), m.dose(), m.unit(), m.route(),
                m.frequency(), today.minusMonths(m.startedMonthsAgo()), stopped, m.stopReason(), null, m.indication(),
                m.purpose(), m.experience(), m.source(), null, null, null);
    }

    private <T> T actingAs(String username, Supplier<T> work) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
