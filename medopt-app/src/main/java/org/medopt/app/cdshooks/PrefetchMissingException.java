package org.medopt.app.cdshooks;

/**
 * The call did not carry every prefetch template, and MedOpt's own record cannot stand in for it: the client is not
 * configured to have records read ({@code may-read-records}), or the service (order-sign) reviews only what is sent.
 * CDS Hooks answers this with 412 Precondition Failed.
 */
class PrefetchMissingException extends RuntimeException {

    private PrefetchMissingException(String message) {
        super(message);
    }

    /** The client may not have MedOpt's records read, so it must send prefetch. */
    static PrefetchMissingException clientMayNotReadRecords(CdsService service) {
        return new PrefetchMissingException("Prefetch is required for this client: service " + service.id()
                + " needs every prefetch template (" + templates() + "), null where there is no data. This client is "
                + "not configured to have MedOpt's own record reviewed instead (medopt.cds-hooks.clients[].may-read-records).");
    }

    /** Order-sign reviews the draft orders with what was sent; MedOpt's record does not stand in for it. */
    static PrefetchMissingException serviceNeedsPrefetch(CdsService service) {
        return new PrefetchMissingException("Service " + service.id() + " needs every prefetch template (" + templates()
                + "), null where there is no data: only medication-review can review MedOpt's own record instead.");
    }

    private static String templates() {
        return String.join(", ", CdsService.PREFETCH.keySet());
    }
}
