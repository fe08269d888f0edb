package org.medopt.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which drugs a rule is about, by property rather than by name where the evidence allows, so a drug added with its
 * properties is covered. A drug matches when any listed criterion holds, and only on firm facts: a mechanism whose
 * source is not unverified, an ATC group (WHO ATC, cited per drug) or a class whose catalog source is not unverified.
 *
 * @param enzymeEffects relations to an enzyme, e.g. a strong inhibitor of CYP1A2
 * @param atcGroups ATC code prefixes, e.g. {@code N05BA} for benzodiazepine derivatives
 * @param drugNames catalog names, for evidence that names single drugs
 * @param psychotropic when true, every drug the catalog marks psychotropic
 */
public record DrugSelector(
        Set<Mechanism> mechanisms,
        List<EnzymeCriterion> enzymeEffects,
        Set<DrugClass> classes,
        List<String> atcGroups,
        Set<String> drugNames,
        boolean psychotropic) {

    public DrugSelector {
        mechanisms = Set.copyOf(mechanisms);
        enzymeEffects = List.copyOf(enzymeEffects);
        classes = Set.copyOf(classes);
        atcGroups = List.copyOf(atcGroups);
        drugNames = Set.copyOf(drugNames);
    }

    /** The source of the fact that makes {@code drug} match, or empty when it does not match on a firm fact. */
    public Optional<Evidence> match(Drug drug) {
        for (Cited<Mechanism> fact : drug.facts().mechanisms()) {
            if (fact.firm() && mechanisms.contains(fact.value())) {
                return Optional.of(new Evidence(fact.source()));
            }
        }
        for (Cited<EnzymeEffect> fact : drug.facts().enzymes()) {
            if (fact.firm() && enzymeEffects.stream().anyMatch(c -> c.matches(fact.value()))) {
                return Optional.of(new Evidence(fact.source()));
            }
        }
        KnowledgeSource atcSource = drug.citationFor("atc");
        if (atcSource.firm() && drug.atc().stream().anyMatch(code -> atcGroups.stream().anyMatch(code::startsWith))) {
            return Optional.of(new Evidence(atcSource));
        }
        KnowledgeSource classSource = drug.citationFor("classes");
        if (classSource.firm() && drug.classes().stream().anyMatch(classes::contains)) {
            return Optional.of(new Evidence(classSource));
        }
        if (drugNames.contains(drug.name()) || (psychotropic && drug.psychotropic())) {
            return Optional.of(new Evidence(null));
        }
        return Optional.empty();
    }

    public boolean matches(Drug drug) {
        return match(drug).isPresent();
    }

    /** A drug's relation to an enzyme that a selector looks for: the enzyme, the role and any of the strengths. */
    public record EnzymeCriterion(Enzyme enzyme, EnzymeRole role, Set<EffectStrength> strengths) {

        public EnzymeCriterion {
            strengths = Set.copyOf(strengths);
        }

        boolean matches(EnzymeEffect effect) {
            return effect.enzyme() == enzyme && effect.role() == role && strengths.contains(effect.strength());
        }
    }

    /**
     * Why a drug matched.
     *
     * @param source the source of the fact it matched on; null when it matched by name or the catalog's psychotropic mark
     */
    public record Evidence(KnowledgeSource source) {

        public Optional<KnowledgeSource> citation() {
            return Optional.ofNullable(source);
        }
    }
}
