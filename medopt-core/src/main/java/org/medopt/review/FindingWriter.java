package org.medopt.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.knowledge.ReviewRule;
import org.medopt.knowledge.RuleDefinition;

/** Writes a hit up as a finding: title with the drugs, rationale, considerations, and every source it rests on. */
final class FindingWriter {

    private static final Comparator<Drug> BY_NAME = Comparator.comparing(Drug::name);
    private static final Comparator<KnowledgeSource> BY_ID = Comparator.comparing(KnowledgeSource::id);

    private final String knowledgeVersion;

    FindingWriter(String knowledgeVersion) {
        this.knowledgeVersion = knowledgeVersion;
    }

    Finding write(RuleDefinition definition, Hit hit) {
        ReviewRule rule = definition.rule();
        List<Drug> drugs = new ArrayList<>(hit.drugs());
        drugs.sort(BY_NAME);
        StringBuilder title = new StringBuilder(rule.title());
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
    private static List<Citation> citations(ReviewRule rule, Hit hit) {
        Map<String, KnowledgeSource> byId = new LinkedHashMap<>();
        for (KnowledgeSource source : rule.sources()) {
            byId.putIfAbsent(source.id(), source);
        }
        List<KnowledgeSource> facts = new ArrayList<>(hit.evidence());
        facts.sort(BY_ID);
        for (KnowledgeSource source : facts) {
            byId.putIfAbsent(source.id(), source);
        }
        List<Citation> citations = new ArrayList<>(byId.size());
        for (KnowledgeSource source : byId.values()) {
            citations.add(Citation.of(source));
        }
        return citations;
    }
}
