package org.medopt.app.audit;

import java.util.Optional;

/**
 * What verifying the audit chain found: how many events were checked, the first broken link if the chain is
 * broken, and the chain's newest link, which can be noted elsewhere to anchor the chain.
 */
public record ChainVerdict(long eventsChecked, Optional<BrokenLink> firstBreak, long headSequence, String headHash) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** The first place the chain does not hold, in words an administrator can act on. */
    public record BrokenLink(long sequence, String problem) {
    }

    public String summary() {
        return firstBreak.map(link -> "Audit chain BROKEN at event #" + link.sequence() + ": " + link.problem()
                        + " (" + eventsChecked + " events checked)")
                .orElse("Audit chain intact: " + eventsChecked + " events checked, every link holds. Newest event #"
                        + headSequence + " has hash " + headHash
                        + "; keep this line outside the database to show later that nothing before it was rewritten.");
    }
}
