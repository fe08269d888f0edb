/**
 * CDS Hooks 2.0: MedOpt's medication review offered to EHRs at {@code /cds-services}, for the patient-view and
 * order-sign hooks, with cards that carry their finding and a feedback endpoint that records what the clinician did.
 * Clients are trusted by the signed JWT they send with each call, checked against locally configured keys.
 */
package org.medopt.app.cdshooks;
