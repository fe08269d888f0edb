package org.medopt.app.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.medopt.knowledge.Severity;

/**
 * A person's medication review as the reader may see it: it looks only at the entries the reader may read, so a
 * sensitive entry the person has not shared neither shows nor shapes a finding.
 *
 * @param findings most severe first, as the engine orders them
 * @param notChecked names of current medicines the knowledge base does not know, so no rule looked at them
 * @param withheld whether entries the reader may not see were left out of the review
 */
public record PersonReview(long personId, LocalDate reviewDate, String knowledgeVersion, List<ReviewedFinding> findings,
        List<String> notChecked, boolean withheld) {

    public PersonReview {
        findings = List.copyOf(findings);
        notChecked = List.copyOf(notChecked);
    }

    public List<ReviewedFinding> withSeverity(Severity severity) {
        return findings.stream().filter(f -> f.finding().severity() == severity).toList();
    }

    public long openCritical() {
        return withSeverity(Severity.CRITICAL).stream().filter(ReviewedFinding::open).count();
    }

    public Optional<ReviewedFinding> finding(String key) {
        return findings.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
