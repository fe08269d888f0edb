package org.medopt.app.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.medopt.app.access.Access;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.account.AccountService;
import org.medopt.app.audit.AuditAction;
import org.medopt.app.audit.AuditLog;
import org.medopt.app.measurement.MeasurementService;
import org.medopt.app.measurement.StoredResponse;
import org.medopt.app.person.PersonService;
import org.medopt.app.team.CareTeamService;
import org.medopt.registry.DatedScore;
import org.medopt.registry.RegistryRules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry: every person on the signed-in staff member's care teams with an open care episode, each with their
 * PHQ-9 and GAD-7 against the baselines and what the cited not-improving rule makes of them. Each person shown is a
 * read of their record: of their details and completed instruments (audited by those features) and of their episode
 * and case-review status (audited here as {@code registry}).
 */
@Service
public class RegistryService {

    static final String PHQ9 = "phq-9";
    static final String GAD7 = "gad-7";
    private static final Set<String> SHOWN = Set.of(PHQ9, GAD7);

    private final CareEpisodeRepository episodes;
    private final CaseReviewRepository reviews;
    private final PersonService persons;
    private final MeasurementService measures;
    private final CareTeamService teams;
    private final AccountService accounts;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final RegistryRules rules;
    private final Clock clock;

    RegistryService(CareEpisodeRepository episodes, CaseReviewRepository reviews, PersonService persons,
            MeasurementService measures, CareTeamService teams, AccountService accounts, AccessPolicy access,
            AuditLog audit, RegistryRules rules, Clock clock) {
        this.episodes = episodes;
        this.reviews = reviews;
        this.persons = persons;
        this.measures = measures;
        this.teams = teams;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    /** The registry of the signed-in care manager or prescriber, in {@code order}. */
    @Transactional
    @PreAuthorize("hasAnyRole('CARE_MANAGER', 'PRESCRIBER')")
    public List<RegistryLine> caseload(RegistryOrder order) {
        LocalDate today = LocalDate.now(clock);
        List<RegistryLine> lines = new ArrayList<>();
        for (CareEpisode episode : episodes.openOf(teams.personsOnTeamsOf(accounts.currentActor().accountId()))) {
            if (access.permits(episode.personId(), RecordAction.READ)) {
                lines.add(line(episode, today));
            }
        }
        lines.sort(order.comparator());
        return lines;
    }

    /** The person's line, while they have an open episode. */
    @Transactional
    public Optional<RegistryLine> line(long personId) {
        access.require(personId, RecordAction.READ);
        return episodes.openOf(personId).map(episode -> line(episode, LocalDate.now(clock)));
    }

    public RegistryRules rules() {
        return rules;
    }

    private RegistryLine line(CareEpisode episode, LocalDate today) {
        long personId = episode.personId();
        Access granted = access.require(personId, RecordAction.READ);
        String name = persons.get(personId).displayName();
        List<DatedScore> scores = measures.responses(personId).stream()
                .filter(r -> SHOWN.contains(r.instrumentId()) && r.total() != null).map(RegistryService::score).toList();
        CaseReviewEntry waiting = reviews.awaitingOf(personId).orElse(null);
        audit.record(AuditAction.READ, personId, "registry", granted.purpose());
        LocalDate start = episode.startedOn();
        return new RegistryLine(personId, name, episode, rules.trend(measures.instrument(PHQ9), start, scores),
                rules.trend(measures.instrument(GAD7), start, scores), rules.progress(start, today, scores), waiting,
                today);
    }

    private static DatedScore score(StoredResponse response) {
        return new DatedScore(response.instrumentId(), response.completedOn(), response.total());
    }
}
