package org.medopt.review;

import java.util.List;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.KnowledgeSource;

/**
 * What an evaluator found for one rule, before it is written up as a finding.
 *
 * @param drugs the drugs it implicates; empty when it is about the whole list
 * @param evidence sources of the per-drug facts it rests on, cited beside the rule's own
 * @param detail a few words added to the title (e.g. the enzyme), or null
 * @param explanation a sentence added to the rationale (e.g. which tests are due), or null
 */
record Hit(List<Drug> drugs, List<KnowledgeSource> evidence, String detail, String explanation) {

    Hit {
        drugs = List.copyOf(drugs);
        evidence = List.copyOf(evidence);
    }

    static Hit of(List<Drug> drugs, List<KnowledgeSource> evidence) {
        return new Hit(drugs, evidence, null, null);
    }
}
