package org.medopt.knowledge;

import org.medopt.shared.Coded;

/**
 * Strength in the terms of the FDA's drug-interaction guidance. For an inhibitor or inducer: strong, moderate or
 * weak. For a substrate: strong means a sensitive substrate (exposure rises 5-fold or more with a strong
 * inhibitor), moderate a moderate sensitive substrate (2- to 5-fold), weak a minor pathway.
 */
public enum EffectStrength implements Coded {
    STRONG("strong"),
    MODERATE("moderate"),
    WEAK("weak");

    private final String code;

    EffectStrength(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
