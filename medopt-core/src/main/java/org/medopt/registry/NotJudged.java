package org.medopt.registry;

/** An instrument the registry shows the change of but judges by no rule, and why. */
public record NotJudged(String instrumentId, Guidance why) {
}
