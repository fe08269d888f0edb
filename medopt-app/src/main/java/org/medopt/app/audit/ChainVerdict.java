package org.medopt.app.audit;

import java.util.Optional;

/**
 * What verifying the audit chain found: how many events were checked and, if the chain is broken, the first
 * broken link.
 */
public record ChainVerdict(long eventsChecked, Optional<BrokenLink> firstBreak) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** The first place the chain does not hold, in words an administrator can act on. */
    public record BrokenLink(long sequence, String problem) {
    }

    public String summary() {
        return firstBreak.map(link -> "Audit chain BROKEN at event #" + link.sequence() + ": " + link.problem()
                        + " (" + eventsChecked + " events checked)")
                .orElse("Audit chain intact: " + eventsChecked + " events checked, every link holds.");
    }
}
