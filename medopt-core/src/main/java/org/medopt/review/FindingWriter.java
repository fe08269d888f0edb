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

    private final String knowledgeVersion;

    FindingWriter(String knowledgeVersion) {
        this.knowledgeVersion = knowledgeVersion;
    }

    Finding write(RuleDefinition definition, Hit hit) {
        ReviewRule rule = definition.rule();
        List<Drug> drugs = hit.drugs().stream().sorted(Comparator.comparing(Drug::name)).toList();
        StringBuilder title = new StringBuilder(rule.title());
        if (!drugs.isEmpty()) {
            title.append(": ").append(String.join(" + ", drugs.stream().map(Drug::name).toList()));
        }
        if (hit.detail() != null) {
            title.append(" (").append(hit.detail()).append(')');
        }
        String rationale = hit.explanation() == null ? definition.rationale()
                : definition.rationale() + " " + hit.explanation();
        return new Finding(rule.category(), rule.severity(), drugs.stream().map(Drug::rxcui).toList(), rule.id(),
                title.toString(), rationale, definition.considerations(), citations(rule, hit), knowledgeVersion);
    }

    /** The rule's sources first, then the per-drug facts' sources by id; each once. */
    private static List<Citation> citations(ReviewRule rule, Hit hit) {
        Map<String, KnowledgeSource> byId = new LinkedHashMap<>();
        rule.sources().forEach(s -> byId.putIfAbsent(s.id(), s));
        List<KnowledgeSource> facts = new ArrayList<>(hit.evidence());
        facts.sort(Comparator.comparing(KnowledgeSource::id));
        facts.forEach(s -> byId.putIfAbsent(s.id(), s));
        return byId.values().stream().map(Citation::of).toList();
    }
}
