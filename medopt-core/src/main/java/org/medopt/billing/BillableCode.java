package org.medopt.billing;

/** A code the month supports, how many units, and why, citing the rule's sources. */
public record BillableCode(String code, int units, String explanation) {
}
