package org.medopt.app.recovery;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The goals of one life domain: those being worked on first, then achieved, then set aside; newest first in each. */
public record DomainGoals(RecoveryDomain domain, List<RecoveryGoal> goals) {

    private static final Comparator<RecoveryGoal> ORDER = Comparator.comparing(RecoveryGoal::status)
            .thenComparing(RecoveryGoal::createdAt, Comparator.reverseOrder())
            .thenComparing(RecoveryGoal::id, Comparator.reverseOrder());

    /** The goals grouped by domain, in the domains' order; a domain without goals is left out. */
    static List<DomainGoals> of(List<RecoveryGoal> goals) {
        return Arrays.stream(RecoveryDomain.values())
                .map(domain -> new DomainGoals(domain, goals.stream().filter(g -> g.domain() == domain).sorted(ORDER).toList()))
                .filter(group -> !group.goals().isEmpty())
                .toList();
    }
}
