package org.medopt.review;

import org.medopt.knowledge.KnowledgeSource;
import org.medopt.knowledge.Verification;

/** The source a finding rests on, as a reader would look it up. */
public record Citation(String sourceId, String title, String url, Verification verification) {

    public static Citation of(KnowledgeSource source) {
        return new Citation(source.id(), source.title(), source.url(), source.verification());
    }
}
