package org.medopt.review;

import java.util.List;

/**
 * The outcome of one review.
 *
 * @param findings most severe first, then by category, rule and drugs, so the same input always reads the same
 * @param notChecked names of medicines the knowledge base does not know, which no rule could look at
 */
public record ReviewResult(String knowledgeVersion, List<Finding> findings, List<String> notChecked) {

    public ReviewResult {
        findings = List.copyOf(findings);
        notChecked = List.copyOf(notChecked);
    }
}
