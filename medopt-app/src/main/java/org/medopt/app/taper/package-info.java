/**
 * Tapering and discontinuation: taper plans stored on a person's record (made by the core planner,
 * {@code org.medopt.taper}), the clinician's pages to plan, start, pause and stop them, and the person's withdrawal
 * check-ins from the portal, which the documented adaptation rules turn into changes of the plan, each kept with who
 * or what made it and why. Every read and write asks the access policy and is audited.
 */
package org.medopt.app.taper;
