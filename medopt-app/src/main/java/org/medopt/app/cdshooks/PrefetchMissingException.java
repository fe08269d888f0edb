package org.medopt.app.cdshooks;

/**
 * The call did not carry every prefetch template, and the review of MedOpt's own record that would stand in for it
 * is not available yet; CDS Hooks answers this with 412 Precondition Failed.
 */
class PrefetchMissingException extends RuntimeException {

    PrefetchMissingException(CdsService service) {
        super("Service " + service.id() + " needs every prefetch template (" + String.join(", ", CdsService.PREFETCH.keySet())
                + "), null where there is no data. Reviewing MedOpt's own record of context.patientId instead is not "
                + "available yet.");
    }
}
