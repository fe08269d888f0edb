package org.medopt.app.review;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.person.CaseloadNote;
import org.medopt.app.person.CaseloadNotes;
import org.medopt.knowledge.KnowledgeBase;
import org.springframework.stereotype.Component;

/**
 * The caseload's note on each person with open critical findings in their stored review, or whose review has not
 * run under the knowledge base in use. The counts come from the review kept for the whole care team, so they leave
 * out sensitive entries even for a reader who may read them; that reader sees those findings on the review page.
 */
@Component
class CaseloadFindings implements CaseloadNotes {

    private final ReviewRepository reviews;
    private final AccessPolicy access;
    private final KnowledgeBase knowledge;

    CaseloadFindings(ReviewRepository reviews, AccessPolicy access, KnowledgeBase knowledge) {
        this.reviews = reviews;
        this.access = access;
        this.knowledge = knowledge;
    }

    @Override
    public Map<Long, CaseloadNote> notesFor(List<Long> personIds) {
        List<Long> readable = personIds.stream().filter(id -> access.permits(id, RecordAction.READ)).toList();
        if (readable.isEmpty()) {
            return Map.of();
        }
        return reviews.summaries(readable).values().stream()
                .filter(summary -> summary.openCritical() > 0 || !summary.knowledgeVersion().equals(knowledge.version()))
                .collect(Collectors.toMap(StoredSummary::personId, this::note));
    }

    private CaseloadNote note(StoredSummary summary) {
        String link = "/persons/" + summary.personId() + "/review";
        if (!summary.knowledgeVersion().equals(knowledge.version())) {
            return new CaseloadNote("Review due: the knowledge base changed", link, false);
        }
        int open = summary.openCritical();
        return new CaseloadNote(open + (open == 1 ? " open critical finding" : " open critical findings"), link, true);
    }
}
