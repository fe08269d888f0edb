/**
 * Safety follow-up: when a person's answers raise a safety flag (PHQ-9 item 9 above 0, a positive C-SSRS screen),
 * a follow-up is opened for the care team in the transaction that saves the answers, shown at once on the caseload,
 * the person's page and the team's worklist, and kept open until a clinician on the team records a follow-up that
 * closes it; attempts that did not reach the person are kept and leave it open. The person sees crisis resources at
 * once ({@code measurement.CrisisResources}). Every read and write asks the access policy and is audited.
 */
package org.medopt.app.safety;
