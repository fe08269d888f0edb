package org.medopt.app.audit;

import java.util.Optional;
import org.medopt.app.audit.AuditRepository.ChainHead;
import org.medopt.app.audit.ChainVerdict.BrokenLink;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the audit chain from its first event and names the first link that does not hold: an event whose content
 * no longer matches its hash, one that does not point at the event before it, a missing sequence number, or a
 * head that names an event the table no longer has.
 */
@Service
public class AuditChainVerifier {

    private final AuditRepository events;

    AuditChainVerifier(AuditRepository events) {
        this.events = events;
    }

    @Transactional(readOnly = true)
    public ChainVerdict verify() {
        ChainHead head = events.head();
        Walk walk = new Walk();
        events.forEachInOrder(walk::check);
        Optional<BrokenLink> brokenTail = walk.lastSequence == head.lastSequence() && walk.lastHash.equals(head.lastHash())
                ? Optional.empty()
                : Optional.of(new BrokenLink(Math.min(walk.lastSequence, head.lastSequence()) + 1,
                        "the chain's head names event #"
                        + head.lastSequence() + " but the table ends at #" + walk.lastSequence
                        + "; the newest events were removed or the head was changed"));
        return new ChainVerdict(walk.checked, walk.firstBreak.or(() -> brokenTail), head.lastSequence(), head.lastHash());
    }

    private static final class Walk {
        private long checked;
        private long lastSequence;
        private String lastHash = AuditEvent.GENESIS;
        private Optional<BrokenLink> firstBreak = Optional.empty();

        void check(AuditEvent event) {
            checked++;
            if (firstBreak.isEmpty()) {
                firstBreak = problem(event).map(problem -> new BrokenLink(event.sequence(), problem));
            }
            lastSequence = event.sequence();
            lastHash = event.hash();
        }

        private Optional<String> problem(AuditEvent event) {
            if (event.sequence() != lastSequence + 1) {
                return Optional.of("event #" + (lastSequence + 1) + " is missing: #" + lastSequence + " is followed by #"
                        + event.sequence());
            }
            if (!event.previousHash().equals(lastHash)) {
                return Optional.of("it does not point at the hash of event #" + lastSequence);
            }
            if (!event.hash().equals(event.expectedHash())) {
                return Optional.of("its content no longer matches its hash: the event was changed");
            }
            return Optional.empty();
        }
    }
}
