package org.medopt.app.review;

import java.util.List;
import org.medopt.review.Finding;

/**
 * A finding of a person's current review with how the care team answered it.
 *
 * @param medicines the names of the implicated medicines as the person's record names them
 * @param response the answer that holds, or {@code null} while the finding is open
 * @param earlier an answer given while the finding's rule read differently; it no longer holds, so the finding is
 *     open again, and it is shown so that nobody wonders where it went
 */
public record ReviewedFinding(Finding finding, List<String> medicines, Response response, Response earlier) {

    public ReviewedFinding {
        medicines = List.copyOf(medicines);
    }

    public boolean open() {
        return response == null;
    }

    public String key() {
        return finding.key();
    }

    /** The finding's id on the review page. */
    public String anchor() {
        return anchorOf(finding.key());
    }

    /** The page id of the finding with this key: the key with only letters, digits and dashes. */
    static String anchorOf(String key) {
        return "finding-" + key.replaceAll("[^A-Za-z0-9-]", "-");
    }
}
