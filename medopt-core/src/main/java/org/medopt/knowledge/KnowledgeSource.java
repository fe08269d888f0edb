package org.medopt.knowledge;

import java.util.Collection;

/** A cited source of knowledge-base facts, with how well it was checked. */
public record KnowledgeSource(String id, String title, String url, Verification verification, String note) {

    /** Whether rules may rest on it: it was seen, in the primary or a secondary source. */
    public boolean firm() {
        return verification != Verification.UNVERIFIED;
    }

    /** Whether every one of {@code sources} is firm; what rules, condition sets and monitored tests rest on. */
    public static boolean allFirm(Collection<KnowledgeSource> sources) {
        for (KnowledgeSource source : sources) {
            if (!source.firm()) {
                return false;
            }
        }
        return true;
    }
}
