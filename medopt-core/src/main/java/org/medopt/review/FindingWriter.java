package org.medopt.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.KnowledgeBase;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.knowledge.ReviewRule;
import org.medopt.knowledge.RuleDefinition;

/**
 * Writes a hit up as a finding: title with the drugs, rationale, considerations, and every source it rests on. The
 * citation of each source and each rule's own citation list are made once, when the engine is built, because every
 * review would otherwise rebuild the same lists for every finding.
 */
final class FindingWriter {

    // Written out rather than Comparator.comparing, whose shared key-extractor call slows every sort in the review.
    private static final Comparator<Drug> BY_NAME = (a, b) -> a.name().compareTo(b.name());
    private static final Comparator<KnowledgeSource> BY_ID = (a, b) -> a.id().compareTo(b.id());

    private final String knowledgeVersion;
    private final Map<KnowledgeSource, Citation> citations = new IdentityHashMap<>();
    private final Map<ReviewRule, List<Citation>> ruleCitations = new IdentityHashMap<>();

    FindingWriter(KnowledgeBase knowledge) {
        this.knowledgeVersion = knowledge.version();
        knowledge.sources().forEach(source -> citations.put(source, Citation.of(source)));
        for (RuleDefinition definition : knowledge.reviewRules().rules()) {
            ReviewRule rule = definition.rule();
            List<Citation> own = new ArrayList<>();
            for (KnowledgeSource source : rule.sources()) {
                if (!cites(own, source)) {
                    own.add(citation(source));
                }
            }
            ruleCitations.put(rule, List.copyOf(own));
        }
    }

    Finding write(RuleDefinition definition, Hit hit) {
        ReviewRule rule = definition.rule();
        List<Drug> drugs = hit.drugs();
        if (drugs.size() > 1) {
            drugs = new ArrayList<>(drugs);
            drugs.sort(BY_NAME);
        }
        StringBuilder title = new StringBuilder(rule.title().length() + 96).append(rule.title());
        List<String> rxcuis = new ArrayList<>(drugs.size());
        for (int i = 0; i < drugs.size(); i++) {
            title.append(i == 0 ? ": " : " + ").append(drugs.get(i).name());
            rxcuis.add(drugs.get(i).rxcui());
        }
        if (hit.detail() != null) {
            title.append(" (").append(hit.detail()).append(')');
        }
        String rationale = hit.explanation() == null ? definition.rationale()
                : definition.rationale() + " " + hit.explanation();
        return new Finding(rule.category(), rule.severity(), rxcuis, rule.id(),
                title.toString(), rationale, definition.considerations(), citations(rule, hit), knowledgeVersion);
    }

    /** The rule's sources first, then the per-drug facts' sources by id; each once. */
    private List<Citation> citations(ReviewRule rule, Hit hit) {
        List<Citation> own = ruleCitations.get(rule);
        if (hit.evidence().isEmpty()) {
            return own;
        }
        List<KnowledgeSource> facts = new ArrayList<>(hit.evidence());
        facts.sort(BY_ID);
        List<Citation> all = new ArrayList<>(own);
        String previous = null;
        for (KnowledgeSource source : facts) {
            if (!source.id().equals(previous) && !cites(own, source)) {
                all.add(citation(source));
            }
            previous = source.id();
        }
        return all;
    }

    private static boolean cites(List<Citation> citations, KnowledgeSource source) {
        for (int i = 0; i < citations.size(); i++) {
            if (citations.get(i).sourceId().equals(source.id())) {
                return true;
            }
        }
        return false;
    }

    private Citation citation(KnowledgeSource source) {
        Citation known = citations.get(source);
        return known != null ? known : Citation.of(source);
    }
}
