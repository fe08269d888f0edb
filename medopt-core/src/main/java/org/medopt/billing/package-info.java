/**
 * Care-management billing: from a person's month of collaborative-care (CoCM) or general behavioral health
 * integration (BHI) minutes to the codes it supports (99492, 99493, +99494, G2214, 99484), each with its cited
 * threshold and the reason when nothing is billable. The thresholds are data ({@code care-management-billing.json});
 * MedOpt suggests codes, the billing practitioner decides.
 */
package org.medopt.billing;
