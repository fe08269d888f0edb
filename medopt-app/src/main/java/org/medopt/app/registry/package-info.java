/**
 * The collaborative-care registry: each person's care episode (CoCM or general BHI) with the day of the next
 * contact, the staff member's caseload of open episodes with the latest PHQ-9 and GAD-7 against their baselines and
 * the cited not-improving rule ({@code org.medopt.registry}), and the psychiatric case-review list. The episode's
 * start is what the billing report takes as the first CoCM month. Nothing is deleted; every read and write asks the
 * access policy and is audited.
 */
package org.medopt.app.registry;
