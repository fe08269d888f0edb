package org.medopt.taper;

import static org.medopt.taper.AdaptationRule.MODERATE_SYMPTOMS;
import static org.medopt.taper.AdaptationRule.RISING_SYMPTOMS;
import static org.medopt.taper.AdaptationRule.SAFETY_THOUGHTS;
import static org.medopt.taper.AdaptationRule.SEVERE_SYMPTOMS;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.medopt.taper.Adjustment.Decision;

/** The rules that read the ratings of one step's check-ins: safety question, severe, rising and moderate symptoms. */
final class SymptomRules {

    /** What the rising rule follows: the rule says "symptom total, or how hard". */
    private static final List<Measure> MEASURES = List.of(
            new Measure("Symptom total", WithdrawalCheckIn::total),
            new Measure("'How hard' (out of " + WithdrawalCheckIn.HIGHEST_HOW_HARD + ")", WithdrawalCheckIn::howHard));

    private final WithdrawalChecklist checklist;
    private final int severe;
    private final int moderate;
    private final int rises;

    SymptomRules(WithdrawalChecklist checklist) {
        this.checklist = checklist;
        this.severe = checklist.rule(SEVERE_SYMPTOMS).parameter("rating");
        this.moderate = checklist.rule(MODERATE_SYMPTOMS).parameter("rating");
        this.rises = checklist.rule(RISING_SYMPTOMS).parameter("consecutiveRises");
    }

    /** The symptom rules that fire at check-in {@code index} of one step's {@code checkIns}, in order of precedence. */
    List<Decision> fired(List<WithdrawalCheckIn> checkIns, int index) {
        WithdrawalCheckIn checkIn = checkIns.get(index);
        List<Decision> decisions = new ArrayList<>();
        String safety = rated(checkIn, (item, rating) -> rating > 0 && isSafetyItem(item));
        if (!safety.isEmpty()) {
            decisions.add(decision(SAFETY_THOUGHTS, safety + " on " + checkIn.date()
                    + ": holding this step and alerting the team now."));
        }
        String severeItems = rated(checkIn, (item, rating) -> rating >= severe);
        if (!severeItems.isEmpty()) {
            decisions.add(decision(SEVERE_SYMPTOMS, severeItems + " on " + checkIn.date()
                    + ": holding this step and alerting the team."));
        }
        String rising = rising(checkIns, index);
        if (!rising.isEmpty()) {
            decisions.add(decision(RISING_SYMPTOMS, rising + ": holding this step and alerting the team."));
        }
        String moderateItems = rated(checkIn, (item, rating) -> rating >= moderate && rating < severe);
        if (severeItems.isEmpty() && !moderateItems.isEmpty()) {
            decisions.add(decision(MODERATE_SYMPTOMS, moderateItems + " on " + checkIn.date()
                    + ": holding this step until it settles (MedOpt's choice; no alert)."));
        }
        return decisions;
    }

    /** Whether every check-in of {@code step} was stable: it has one, none intolerable, and no symptom rule fired. */
    boolean wellTolerated(StepCheckIns step) {
        List<WithdrawalCheckIn> checkIns = step.checkIns();
        return !checkIns.isEmpty() && IntStream.range(0, checkIns.size())
                .allMatch(i -> !checkIns.get(i).intolerable() && fired(checkIns, i).isEmpty());
    }

    private Decision decision(String rule, String reason) {
        return Decision.byRule(checklist.rule(rule), reason);
    }

    private boolean isSafetyItem(String id) {
        return checklist.item(id).map(ChecklistItem::alertAtAnyRating).orElse(false);
    }

    /** The items {@code checkIn} rated as {@code matches} accepts, quoted with their ratings, in checklist order. */
    private String rated(WithdrawalCheckIn checkIn, RatingTest matches) {
        return checklist.items().stream()
                .filter(item -> checkIn.ratings().containsKey(item.id()))
                .filter(item -> matches.test(item.id(), checkIn.ratings().get(item.id())))
                .map(item -> "'" + item.wording() + "' rated " + word(checkIn.ratings().get(item.id())))
                .collect(Collectors.joining(", "));
    }

    private String word(int rating) {
        return checklist.severityWord(rating) + " (" + rating + ")";
    }

    /** Why the symptom total or "how hard" rose at each of the last {@code rises} check-ins up to {@code index}. */
    private String rising(List<WithdrawalCheckIn> checkIns, int index) {
        if (index < rises) {
            return "";
        }
        List<WithdrawalCheckIn> window = checkIns.subList(index - rises, index + 1);
        return MEASURES.stream()
                .filter(measure -> risesThroughout(window, measure.value()))
                .map(measure -> measure.name() + " rose at each of the last " + rises + " check-ins on this step: "
                        + window.stream().map(c -> measure.value().applyAsInt(c) + " on " + c.date())
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private static boolean risesThroughout(List<WithdrawalCheckIn> window, ToIntFunction<WithdrawalCheckIn> measure) {
        return IntStream.range(1, window.size())
                .allMatch(i -> measure.applyAsInt(window.get(i)) > measure.applyAsInt(window.get(i - 1)));
    }

    private record Measure(String name, ToIntFunction<WithdrawalCheckIn> value) {
    }

    private interface RatingTest {
        boolean test(String item, int rating);
    }
}
