package org.medopt.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.medopt.knowledge.Cited;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.Enzyme;
import org.medopt.knowledge.EnzymeEffect;
import org.medopt.knowledge.EnzymeRole;
import org.medopt.knowledge.KnowledgeSource;
import org.medopt.knowledge.Mechanism;
import org.medopt.knowledge.RuleDefinition;
import org.medopt.knowledge.RuleMatch;

/**
 * An inhibitor or inducer of an enzyme with a different drug that depends on that enzyme and is sensitive to it or
 * has a narrow therapeutic index: one hit per pair, naming every enzyme they share that way.
 */
final class EnzymeEvaluator implements RuleEvaluator {

    @Override
    public List<Hit> evaluate(RuleDefinition rule, ReviewContext context) {
        RuleMatch.Enzyme match = (RuleMatch.Enzyme) rule.match();
        Map<String, Interaction> byPair = new LinkedHashMap<>();
        List<Drug> drugs = context.drugs();
        for (Drug perpetrator : drugs) {
            for (Cited<EnzymeEffect> effect : perpetrator.facts().enzymes()) {
                if (!effect.firm() || effect.value().role() != match.role()
                        || !match.perpetratorStrengths().contains(effect.value().strength())) {
                    continue;
                }
                for (Drug victim : drugs) {
                    if (victim != perpetrator) {
                        affected(match, victim, effect.value().enzyme()).ifPresent(sources -> byPair
                                .computeIfAbsent(perpetrator.rxcui() + ">" + victim.rxcui(),
                                        k -> new Interaction(perpetrator, victim))
                                .add(effect.value().enzyme(), effect.source(), sources));
                    }
                }
            }
        }
        return byPair.values().stream().map(Interaction::hit).toList();
    }

    /** The sources showing {@code victim} is affected through {@code enzyme}, or empty when it is not. */
    private static Optional<List<KnowledgeSource>> affected(RuleMatch.Enzyme match, Drug victim, Enzyme enzyme) {
        List<Cited<EnzymeEffect>> facts = victim.facts().enzymes();
        // Indexed rather than for-each: this runs for every pair of drugs, and the iterators were most of its garbage.
        for (int i = 0; i < facts.size(); i++) {
            Cited<EnzymeEffect> fact = facts.get(i);
            EnzymeEffect e = fact.value();
            if (!fact.firm() || e.enzyme() != enzyme || e.role() != EnzymeRole.SUBSTRATE) {
                continue;
            }
            if (match.substrateStrengths().contains(e.strength())) {
                return Optional.of(List.of(fact.source()));
            }
            Optional<Cited<Mechanism>> narrow = victim.facts().mechanism(Mechanism.NARROW_THERAPEUTIC_INDEX);
            if (match.narrowTherapeuticIndex() && narrow.isPresent()) {
                return Optional.of(List.of(fact.source(), narrow.get().source()));
            }
        }
        return Optional.empty();
    }

    /** One perpetrator and one affected drug, with the enzymes that link them. */
    private static final class Interaction {
        private final Drug perpetrator;
        private final Drug victim;
        private final List<String> enzymes = new ArrayList<>();
        private final List<KnowledgeSource> evidence = new ArrayList<>();

        Interaction(Drug perpetrator, Drug victim) {
            this.perpetrator = perpetrator;
            this.victim = victim;
        }

        void add(Enzyme enzyme, KnowledgeSource perpetratorSource, List<KnowledgeSource> victimSources) {
            if (!enzymes.contains(enzyme.code())) {
                enzymes.add(enzyme.code());
            }
            evidence.add(perpetratorSource);
            evidence.addAll(victimSources);
        }

        Hit hit() {
            String via = "via " + String.join(", ", enzymes);
            return new Hit(List.of(perpetrator, victim), evidence, via,
                    perpetrator.name() + " affects " + victim.name() + " " + via + ".");
        }
    }
}
