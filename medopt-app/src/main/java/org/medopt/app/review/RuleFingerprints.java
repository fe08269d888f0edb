package org.medopt.app.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import org.medopt.knowledge.KnowledgeBase;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.knowledge.ReviewRule;
import org.medopt.review.Finding;
import org.springframework.stereotype.Component;

/**
 * What a rule says, reduced to a SHA-256 digest, kept with every answer to a finding of that rule. An answer holds
 * while the rule reads the same, across knowledge-base versions that leave the rule alone; once the rule changes
 * (its severity, wording or sources, or how well a source was checked), the finding is open again, because the
 * clinician answered something else.
 */
@Component
class RuleFingerprints {

    private final Map<String, String> byRule;

    RuleFingerprints(KnowledgeBase knowledge) {
        byRule = knowledge.rules().stream()
                .collect(Collectors.toUnmodifiableMap(ReviewRule::id, RuleFingerprints::of, (a, b) -> a));
    }

    /** The fingerprint of the finding's rule; for a rule the knowledge base does not list, of the finding's own words. */
    String of(Finding finding) {
        String rule = byRule.get(finding.ruleId());
        return rule != null ? rule : digest(String.join("\n", finding.ruleId(), finding.category().code(),
                finding.severity().code(), finding.title(), finding.rationale()));
    }

    private static String of(ReviewRule rule) {
        String sources = rule.sources().stream().map(RuleFingerprints::source).collect(Collectors.joining("\n"));
        return digest(String.join("\n", rule.id(), rule.category().code(), rule.severity().code(), rule.title(),
                rule.description(), sources));
    }

    private static String source(KnowledgeSource source) {
        return source.id() + " " + source.verification().code() + " " + source.title();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
