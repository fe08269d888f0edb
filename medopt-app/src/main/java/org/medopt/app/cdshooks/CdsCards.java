package org.medopt.app.cdshooks;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.medopt.app.fhir.ReviewFindings;
import org.medopt.app.fhir.ReviewFindings.CitationJson;
import org.medopt.app.fhir.ReviewFindings.FindingJson;

/**
 * Findings as cards: the finding's title as the summary; its rationale, what to consider and its sources as the
 * Markdown detail; the first cited source as the card's source; severity as the indicator (critical, warning and info
 * are the same words in both); the reasons a clinician may give for going another way.
 */
final class CdsCards {

    static final String OVERRIDE_REASONS = "https://medopt.org/cds-hooks/override-reason";

    /** Why a clinician may not follow a card; the person's own choice comes first. */
    static final List<CdsCard.Coding> REASONS = List.of(
            reason("person-choice", "Discussed with the person; they choose to continue"),
            reason("benefit-outweighs-risk", "Benefit outweighs the risk for this person"),
            reason("already-addressed", "Already monitored or addressed"),
            reason("not-applicable", "Does not apply: the information is out of date or wrong"));

    /** CDS Hooks asks for a one-sentence summary under 140 characters. */
    private static final int SUMMARY_LENGTH = 139;

    private CdsCards() {
    }

    static List<CdsCard> of(ReviewFindings findings) {
        return findings.findings().stream().map(finding -> card(finding, findings.knowledgeVersion())).toList();
    }

    private static CdsCard card(FindingJson finding, String knowledgeVersion) {
        return new CdsCard(UUID.randomUUID().toString(), summary(finding.title()), detail(finding), finding.severity(),
                source(finding, knowledgeVersion), REASONS, Map.of(CdsCard.FINDING_EXTENSION, new CdsCard.FindingExtension(
                        finding.category(), finding.severity(), finding.rxnorm(), finding.ruleId())));
    }

    private static String summary(String title) {
        return title.length() <= SUMMARY_LENGTH ? title : title.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    private static String detail(FindingJson finding) {
        StringBuilder detail = new StringBuilder(finding.rationale());
        if (!finding.considerations().isEmpty()) {
            detail.append("\n\n**Consider:**\n\n").append(finding.considerations().stream()
                    .map(consideration -> "- " + consideration).collect(Collectors.joining("\n")));
        }
        if (!finding.citations().isEmpty()) {
            detail.append("\n\n**Source:** ").append(finding.citations().stream().map(CdsCards::citation)
                    .collect(Collectors.joining("; ")));
        }
        return detail.toString();
    }

    private static String citation(CitationJson citation) {
        String text = citation.url() == null ? citation.title() : "[" + citation.title() + "](" + citation.url() + ")";
        return citation.verification() == null ? text : text + " (" + citation.verification() + ")";
    }

    private static CdsCard.Source source(FindingJson finding, String knowledgeVersion) {
        return finding.citations().stream().findFirst()
                .map(citation -> new CdsCard.Source(citation.title(), citation.url()))
                .orElse(new CdsCard.Source("MedOpt knowledge base " + knowledgeVersion, null));
    }

    private static CdsCard.Coding reason(String code, String display) {
        return new CdsCard.Coding(OVERRIDE_REASONS, code, display);
    }
}
