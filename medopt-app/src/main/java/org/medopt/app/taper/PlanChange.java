package org.medopt.app.taper;

import java.time.OffsetDateTime;

/**
 * One change of a stored taper plan, with who or what made it and why.
 *
 * @param action the adaptation's action code ({@code hold}, {@code slow-down}...) or the clinician's ({@code start},
 *     {@code stop}...)
 * @param decidedBy {@code rule}, {@code person} or {@code clinician}
 * @param rules the ids of the rules that fired and requests honoured, comma separated; empty for a clinician
 * @param alertTeam whether the care team is asked to look; open until {@code acknowledgedBy} is set
 */
public record PlanChange(long id, long planId, int revision, int stepNumber, String action, String decidedBy,
        String rules, String reason, boolean alertTeam, String madeBy, OffsetDateTime madeAt, String acknowledgedBy,
        OffsetDateTime acknowledgedAt) {

    /** An alert the team has not yet acknowledged. */
    public boolean openAlert() {
        return alertTeam && acknowledgedBy == null;
    }

    /** Who made the change, in the person's words. */
    public String madeByWords() {
        return switch (decidedBy) {
            case "rule" -> "MedOpt rule " + rules;
            case "person" -> "Your request (" + madeBy + ")";
            default -> "Clinician " + madeBy;
        };
    }
}
