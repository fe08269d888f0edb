package org.medopt.app.fhir;

import java.util.List;
import java.util.stream.Stream;
import org.medopt.review.Citation;
import org.medopt.review.Finding;
import org.medopt.review.ReviewResult;

/**
 * A review's findings as the REST API answers and the command line prints them: the same JSON from both.
 *
 * @param notChecked medicines no rule could look at, so that a short list of findings is not read as a clean bill
 */
public record ReviewFindings(String knowledgeVersion, List<FindingJson> findings, List<String> notChecked) {

    /** The engine's result, with the medicines the converter could not resolve added to those not checked. */
    public static ReviewFindings of(ReviewResult result, List<String> unresolved) {
        return new ReviewFindings(result.knowledgeVersion(), result.findings().stream().map(FindingJson::of).toList(),
                Stream.concat(result.notChecked().stream(), unresolved.stream()).distinct().toList());
    }

    /** One finding; {@code rxnorm} holds the RxNorm ingredient codes of the drugs it implicates. */
    public record FindingJson(String category, String severity, List<String> rxnorm, String ruleId, String title,
            String rationale, List<String> considerations, List<CitationJson> citations, String knowledgeVersion) {

        static FindingJson of(Finding finding) {
            return new FindingJson(finding.category().code(), finding.severity().code(), finding.rxcuis(), finding.ruleId(),
                    finding.title(), finding.rationale(), finding.considerations(),
                    finding.citations().stream().map(CitationJson::of).toList(), finding.knowledgeVersion());
        }
    }

    public record CitationJson(String sourceId, String title, String url, String verification) {

        static CitationJson of(Citation citation) {
            return new CitationJson(citation.sourceId(), citation.title(), citation.url(),
                    citation.verification() == null ? null : citation.verification().code());
        }
    }
}
