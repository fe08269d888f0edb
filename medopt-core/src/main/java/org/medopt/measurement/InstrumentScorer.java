package org.medopt.measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Scores one set of answers (item id to answer) to one instrument, as the instrument's published instructions say:
 * the sum of the scored items (reversed where the data says so), its band, percentage and cut-offs, and the safety
 * flags the answers set off. Refuses answers that are missing, out of range, unknown or given to a question that
 * the skip logic does not ask, listing every problem.
 */
public final class InstrumentScorer {

    private final Set<String> licensed;

    /** A scorer for a deployment that holds no instrument licences of its own. */
    public InstrumentScorer() {
        this(Set.of());
    }

    /** A scorer for a deployment that has recorded licences for the instruments {@code licensedInstrumentIds}. */
    public InstrumentScorer(Set<String> licensedInstrumentIds) {
        this.licensed = Set.copyOf(licensedInstrumentIds);
    }

    /** Whether this deployment may use the instrument: freely usable, or licensed here. */
    public boolean mayUse(Instrument instrument) {
        return instrument.freelyUsable() || licensed.contains(instrument.id());
    }

    public Score score(Instrument instrument, Map<String, Integer> answers) {
        if (!mayUse(instrument)) {
            throw new InstrumentNotLicensed(instrument);
        }
        List<AnswerProblem> problems = problems(instrument, answers);
        if (!problems.isEmpty()) {
            throw new InvalidAnswers(instrument.name(), problems);
        }
        List<SafetyFlag> flags = instrument.safety().stream().filter(r -> r.firesOn(answers)).map(SafetyFlag::of).toList();
        if (!instrument.scored()) {
            return new Score(instrument.id(), answers, OptionalInt.empty(), Optional.empty(), OptionalInt.empty(),
                    List.of(), flags);
        }
        int total = instrument.items().stream().filter(i -> i.scored() && answers.containsKey(i.id()))
                .mapToInt(i -> i.points(answers.get(i.id()))).sum();
        return new Score(instrument.id(), answers, OptionalInt.of(total), instrument.band(total),
                instrument.percentage(total), instrument.cutOffs().stream().filter(c -> c.metBy(total)).toList(), flags);
    }

    private static List<AnswerProblem> problems(Instrument instrument, Map<String, Integer> answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        for (Item item : instrument.items()) {
            boolean given = answers.containsKey(item.id());
            Integer answer = answers.get(item.id());
            if (!asked(item, answers)) {
                if (given) {
                    Item.AskedIf on = item.askedIf();
                    problems.add(new AnswerProblem(item.id(), false, item.id() + " is asked only when " + on.item()
                            + " is " + on.answer() + ", and " + on.item() + " was "
                            + Objects.requireNonNullElse(answers.get(on.item()), "not answered") + ": leave it out"));
                }
            } else if (answer == null) {
                if (given || item.required()) {
                    problems.add(new AnswerProblem(item.id(), true, item.id() + " (" + item.label() + ") is missing"));
                }
            } else if (answer < item.lowest() || answer > item.highest()) {
                problems.add(new AnswerProblem(item.id(), false,
                        item.id() + " is " + answer + ", outside " + item.lowest() + "-" + item.highest()));
            }
        }
        answers.keySet().stream().filter(id -> instrument.item(id).isEmpty()).sorted()
                .forEach(id -> problems.add(new AnswerProblem(id, false, id + " is not an item of " + instrument.id())));
        return problems;
    }

    private static boolean asked(Item item, Map<String, Integer> answers) {
        return item.askedIf() == null || Integer.valueOf(item.askedIf().answer()).equals(answers.get(item.askedIf().item()));
    }
}
