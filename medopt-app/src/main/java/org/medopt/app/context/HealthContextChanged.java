package org.medopt.app.context;

/**
 * A person's health context changed: a status, condition or result was recorded or closed. Published inside the
 * transaction of the change, so what listens (the medication review) stays in step with it.
 */
public record HealthContextChanged(long personId) {
}
