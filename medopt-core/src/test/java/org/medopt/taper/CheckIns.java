package org.medopt.taper;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medopt.knowledge.DrugCatalog;

/** Check-ins for tests, written as the person would fill them in, and the shipped rules to judge them. */
final class CheckIns {

    static final WithdrawalChecklist CHECKLIST = WithdrawalChecklist.load(DrugCatalog.load());
    static final TaperAdaptation ADAPTATION = new TaperAdaptation(CHECKLIST);

    private CheckIns() {
    }

    /** A check-in on {@code date} with nothing rated, how hard 0, not intolerable, no request. */
    static Builder on(String date) {
        return new Builder(LocalDate.parse(date));
    }

    static StepCheckIns step(int number, Builder... checkIns) {
        return new StepCheckIns(number, Arrays.stream(checkIns).map(Builder::build).toList());
    }

    static Adjustment adjust(StepCheckIns current, StepCheckIns... earlier) {
        return ADAPTATION.adjust(current, List.of(earlier));
    }

    static final class Builder {

        private final LocalDate date;
        private final Map<String, Integer> ratings = new HashMap<>();
        private int howHard;
        private boolean intolerable;
        private PersonRequest request = PersonRequest.NONE;

        private Builder(LocalDate date) {
            this.date = date;
        }

        Builder rate(String item, int rating) {
            ratings.put(item, rating);
            return this;
        }

        Builder howHard(int value) {
            howHard = value;
            return this;
        }

        Builder intolerable() {
            intolerable = true;
            return this;
        }

        Builder asks(PersonRequest value) {
            request = value;
            return this;
        }

        WithdrawalCheckIn build() {
            return new WithdrawalCheckIn(date, ratings, "", howHard, intolerable, request);
        }
    }
}
