package org.medopt.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.medopt.knowledge.DrugSelector.EnzymeCriterion;

/** Reads one rule of the review rules file: its texts, sources, person criteria and what it matches. */
final class RuleEntryReader {

    private static final Pattern ATC_GROUP = Pattern.compile("[A-Z](\\d{2}([A-Z]([A-Z](\\d{2})?)?)?)?");

    private final ReviewRulesReader file;
    private final JsonNode node;
    private final String entry;

    RuleEntryReader(ReviewRulesReader file, JsonNode node) {
        this.file = file;
        this.node = node;
        this.entry = "rule " + node.path("id").asText("(no id)");
    }

    RuleDefinition read() {
        String id = file.text(node, "id", entry);
        FindingCategory category = file.coded(entry, FindingCategory.class, file.text(node, "category", entry));
        Severity severity = file.coded(entry, Severity.class, file.text(node, "severity", entry));
        ReviewRule rule = new ReviewRule(id, category, severity, file.text(node, "title", entry),
                file.text(node, "description", entry), file.sources(node, entry));
        List<String> considerations = ReviewRulesReader.strings(node.path("considerations"));
        file.require(!considerations.isEmpty(), entry, "needs considerations");
        return new RuleDefinition(rule, file.text(node, "rationale", entry), considerations, person(node.path("person")),
                match(node.path("match")));
    }

    private PersonCriteria person(JsonNode p) {
        if (p.isMissingNode()) {
            return PersonCriteria.ANYONE;
        }
        List<String> sets = ReviewRulesReader.strings(p.path("conditionSets"));
        List<String> except = ReviewRulesReader.strings(p.path("exceptConditionSets"));
        for (String set : concat(sets, except)) {
            file.require(file.hasConditionSet(set), entry, "refers to condition set '" + set + "', which is not defined");
        }
        return new PersonCriteria(
                p.has("minAge") ? p.get("minAge").asInt() : null,
                p.has("maxAge") ? p.get("maxAge").asInt() : null,
                p.has("sex") ? file.sex(entry, p.get("sex").asText()) : null,
                p.has("pregnant") ? p.get("pregnant").asBoolean() : null,
                sets, except);
    }

    private RuleMatch match(JsonNode m) {
        String kind = m.path("kind").asText("");
        return switch (kind) {
            case "pair" -> new RuleMatch.Pair(selector(m.path("first")), selector(m.path("second")));
            case "count" -> new RuleMatch.Count(selector(m.path("drugs")), atLeast(m));
            case "same-group" -> new RuleMatch.SameGroup(groups(m.path("groups")), atLeast(m));
            case "enzyme" -> new RuleMatch.Enzyme(
                    file.coded(entry, EnzymeRole.class, m.path("role").asText()),
                    strengths(m.path("perpetratorStrengths")), strengths(m.path("substrateStrengths")),
                    m.path("narrowTherapeuticIndex").asBoolean(false));
            case "drug" -> new RuleMatch.Single(selector(m.path("drugs")));
            case "dose-limit" -> new RuleMatch.DoseLimit();
            case "anticholinergic-total" -> new RuleMatch.AnticholinergicTotal(atLeast(m));
            case "monitoring" -> new RuleMatch.MonitoringDue();
            case "duration" -> new RuleMatch.Duration(selector(m.path("drugs")), positive(m, "longerThanDays"));
            case "stop-window" -> new RuleMatch.StopWindow(
                    file.coded(entry, WithdrawalRisk.class, m.path("level").asText()),
                    positive(m, "daysBefore"), positive(m, "daysAfter"));
            default -> throw file.invalid(entry, "has unknown match kind '" + kind + "'");
        };
    }

    private List<RuleMatch.NamedGroup> groups(JsonNode groups) {
        List<RuleMatch.NamedGroup> result = new ArrayList<>();
        groups.forEach(g -> result.add(new RuleMatch.NamedGroup(file.text(g, "name", entry), selector(g.path("drugs")))));
        file.require(!result.isEmpty(), entry, "needs groups");
        return result;
    }

    private DrugSelector selector(JsonNode s) {
        file.require(s.isObject(), entry, "needs a drug selector");
        Set<Mechanism> mechanisms = new HashSet<>();
        ReviewRulesReader.strings(s.path("mechanisms")).forEach(c -> mechanisms.add(file.coded(entry, Mechanism.class, c)));
        Set<DrugClass> classes = new HashSet<>();
        ReviewRulesReader.strings(s.path("classes")).forEach(c -> classes.add(file.coded(entry, DrugClass.class, c)));
        List<String> atc = ReviewRulesReader.strings(s.path("atc"));
        atc.forEach(a -> file.require(ATC_GROUP.matcher(a).matches(), entry, "ATC group " + a + " is not an ATC code prefix"));
        Set<String> names = new HashSet<>(ReviewRulesReader.strings(s.path("drugs")));
        names.forEach(n -> file.require(file.hasDrug(n), entry, "names drug '" + n + "', which the catalog lacks"));
        List<EnzymeCriterion> enzymes = new ArrayList<>();
        for (JsonNode e : s.path("enzymes")) {
            enzymes.add(new EnzymeCriterion(file.coded(entry, Enzyme.class, e.path("enzyme").asText()),
                    file.coded(entry, EnzymeRole.class, e.path("role").asText()), strengths(e.path("strengths"))));
        }
        boolean psychotropic = s.path("psychotropic").asBoolean(false);
        file.require(!mechanisms.isEmpty() || !classes.isEmpty() || !atc.isEmpty() || !names.isEmpty()
                || !enzymes.isEmpty() || psychotropic, entry, "has a drug selector that selects nothing");
        return new DrugSelector(mechanisms, enzymes, classes, atc, names, psychotropic);
    }

    private Set<EffectStrength> strengths(JsonNode node) {
        Set<EffectStrength> strengths = new HashSet<>();
        ReviewRulesReader.strings(node).forEach(c -> strengths.add(file.coded(entry, EffectStrength.class, c)));
        return strengths;
    }

    private int atLeast(JsonNode m) {
        return positive(m, "atLeast");
    }

    private int positive(JsonNode m, String field) {
        int value = m.path(field).asInt(0);
        file.require(value > 0, entry, field + " must be a positive whole number");
        return value;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
