package org.medopt.knowledge;

/** A drug's relation to an enzyme, e.g. a strong inhibitor of CYP2D6 or a sensitive substrate of CYP1A2. */
public record EnzymeEffect(Enzyme enzyme, EnzymeRole role, EffectStrength strength) {
}
