package org.medopt.review;

import java.util.Arrays;
import java.util.List;
import org.medopt.knowledge.FindingCategory;
import org.medopt.knowledge.Severity;

/**
 * One thing the review asks a clinician and the person to look at, explaining itself.
 *
 * @param rxcuis RxNorm ingredient codes of the drugs it implicates, sorted; empty when it is about the whole list
 * @param ruleId the id of the rule in the knowledge base that produced it
 * @param title one line: what was found
 * @param rationale why it matters, in plain language
 * @param considerations what to consider, always including talking it over with the person
 */
public record Finding(
        FindingCategory category,
        Severity severity,
        List<String> rxcuis,
        String ruleId,
        String title,
        String rationale,
        List<String> considerations,
        List<Citation> citations,
        String knowledgeVersion) {

    public Finding {
        if (rxcuis.size() > 1) {
            String[] sorted = rxcuis.toArray(String[]::new);
            Arrays.sort(sorted);
            rxcuis = List.of(sorted);
        } else {
            rxcuis = List.copyOf(rxcuis);
        }
        considerations = List.copyOf(considerations);
        citations = List.copyOf(citations);
    }

    /** Identifies the same finding across reviews: same rule, same drugs. Acknowledgements are kept against it. */
    public String key() {
        return ruleId + ":" + String.join("+", rxcuis);
    }
}
