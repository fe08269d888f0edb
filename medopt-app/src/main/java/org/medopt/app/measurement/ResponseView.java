package org.medopt.app.measurement;

import java.util.List;
import java.util.Optional;
import org.medopt.measurement.Change;
import org.medopt.measurement.Instrument;
import org.medopt.measurement.Item;
import org.medopt.measurement.SafetyRule;

/**
 * A completed instrument as a page shows it: each question with the answer in words, the score in words, the safety
 * rules the answers set off with their reasons, and the change from the person's first scored response to it.
 *
 * @param change against the first response to the same instrument, where the instrument has cited change rules
 */
public record ResponseView(StoredResponse response, Instrument instrument, List<AnswerLine> answers, String scoreText,
        List<SafetyRule> flags, Optional<Change> change) {

    /** One question and its answer; {@code points} is what it added to the total, null when it adds nothing. */
    public record AnswerLine(String itemId, String question, String answer, Integer points) {
    }

    static ResponseView of(StoredResponse response, Instrument instrument, Optional<StoredResponse> baseline) {
        List<AnswerLine> lines = instrument.items().stream().filter(i -> response.answers().containsKey(i.id()))
                .map(i -> line(i, response.answers().get(i.id()))).toList();
        List<SafetyRule> flags = instrument.safety().stream().filter(r -> response.safetyFlags().contains(r.id())).toList();
        Optional<Change> change = baseline.filter(b -> b.id() != response.id() && b.total() != null && response.total() != null)
                .flatMap(b -> instrument.changeRules().map(rules -> Change.between(instrument, b.total(), response.total())));
        return new ResponseView(response, instrument, lines, scoreText(response, instrument), flags, change);
    }

    /** "14 of 27: moderate", "18 of 25 (72%)"; for an unscored instrument, that each answer stands alone. */
    static String scoreText(StoredResponse response, Instrument instrument) {
        if (response.total() == null) {
            return "No total: each answer stands on its own.";
        }
        return response.total() + " of " + instrument.highestTotal()
                + (response.percentage() == null ? "" : " (" + response.percentage() + "%)")
                + (response.band() == null ? "" : ": " + response.band());
    }

    private static AnswerLine line(Item item, int answer) {
        int index = answer - item.lowest();
        String words = index >= 0 && index < item.answerLabels().size() ? item.answerLabels().get(index) : String.valueOf(answer);
        return new AnswerLine(item.id(), item.publishedWording().orElse(item.label()), words,
                item.scored() ? item.points(answer) : null);
    }
}
