package org.medopt.app.access;

import org.medopt.app.account.Actor;
import org.medopt.app.audit.Purpose;

/** What the access policy granted: who may act on a record, and for which purpose, which the audit log keeps. */
public record Access(Actor actor, Purpose purpose) {
}
