package org.medopt.app.cdshooks;

import org.springframework.security.access.AccessDeniedException;

/** A call without prefetch names, in {@code context.userId}, no enabled MedOpt clinical staff account to act for. */
class NoClinicianException extends AccessDeniedException {

    NoClinicianException(String message) {
        super(message);
    }
}
