package org.medopt.knowledge;

import java.util.List;
import java.util.Set;

/** What a rule looks for in a medication list; one kind per evaluator in the review engine. */
public sealed interface RuleMatch {

    /** The kind's name in the rules file. */
    String kind();

    /** The drug selectors it uses, if any. */
    default List<DrugSelector> selectors() {
        return List.of();
    }

    /** A drug matching {@code first} taken with a different drug matching {@code second}; one finding per pair. */
    record Pair(DrugSelector first, DrugSelector second) implements RuleMatch {
        @Override
        public String kind() {
            return "pair";
        }

        @Override
        public List<DrugSelector> selectors() {
            return List.of(first, second);
        }
    }

    /** At least {@code atLeast} different drugs matching {@code selector}; one finding naming them all. */
    record Count(DrugSelector selector, int atLeast) implements RuleMatch {
        @Override
        public String kind() {
            return "count";
        }

        @Override
        public List<DrugSelector> selectors() {
            return List.of(selector);
        }
    }

    /** At least {@code atLeast} different drugs sharing one of {@code groups}; one finding per group. */
    record SameGroup(List<NamedGroup> groups, int atLeast) implements RuleMatch {
        public SameGroup {
            groups = List.copyOf(groups);
        }

        @Override
        public String kind() {
            return "same-group";
        }

        @Override
        public List<DrugSelector> selectors() {
            return groups.stream().map(NamedGroup::selector).toList();
        }
    }

    /**
     * A drug that is an inhibitor or inducer ({@code role}) of an enzyme with one of {@code perpetratorStrengths},
     * taken with a different drug that is a substrate of that enzyme with one of {@code substrateStrengths}, or a
     * substrate with a narrow therapeutic index when {@code narrowTherapeuticIndex}.
     */
    record Enzyme(EnzymeRole role, Set<EffectStrength> perpetratorStrengths, Set<EffectStrength> substrateStrengths,
            boolean narrowTherapeuticIndex) implements RuleMatch {
        public Enzyme {
            perpetratorStrengths = Set.copyOf(perpetratorStrengths);
            substrateStrengths = Set.copyOf(substrateStrengths);
        }

        @Override
        public String kind() {
            return "enzyme";
        }
    }

    /** A drug matching {@code selector} in a person the rule's person criteria fit; one finding per drug. */
    record Single(DrugSelector selector) implements RuleMatch {
        @Override
        public String kind() {
            return "drug";
        }

        @Override
        public List<DrugSelector> selectors() {
            return List.of(selector);
        }
    }

    /** A daily dose above the drug's firm labelled maximum for the person's age group. */
    record DoseLimit() implements RuleMatch {
        @Override
        public String kind() {
            return "dose-limit";
        }
    }

    /** A total anticholinergic score (sum of firm per-drug scores) of at least {@code atLeast}. */
    record AnticholinergicTotal(int atLeast) implements RuleMatch {
        @Override
        public String kind() {
            return "anticholinergic-total";
        }
    }

    /** A test of a drug's monitoring protocol with no result within its interval on or before the review date. */
    record MonitoringDue() implements RuleMatch {
        @Override
        public String kind() {
            return "monitoring";
        }
    }

    /** A drug matching {@code selector} started more than {@code longerThanDays} days before the review date. */
    record Duration(DrugSelector selector, int longerThanDays) implements RuleMatch {
        @Override
        public String kind() {
            return "duration";
        }

        @Override
        public List<DrugSelector> selectors() {
            return List.of(selector);
        }
    }

    /**
     * A drug with a firm withdrawal risk of {@code level} whose stop date lies from {@code daysBefore} days before to
     * {@code daysAfter} days after the review date.
     */
    record StopWindow(WithdrawalRisk level, int daysBefore, int daysAfter) implements RuleMatch {
        @Override
        public String kind() {
            return "stop-window";
        }
    }

    /** A group of drugs that a same-group rule counts within, e.g. antipsychotics. */
    record NamedGroup(String name, DrugSelector selector) {
    }
}
