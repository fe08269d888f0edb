package org.medopt.app.measurement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.medopt.measurement.Instrument;

/**
 * A person's responses to one instrument, newest first, each as a page shows it, judged against the first scored
 * response (the baseline).
 */
public record InstrumentHistory(Instrument instrument, List<ResponseView> newestFirst) {

    public InstrumentHistory {
        newestFirst = List.copyOf(newestFirst);
    }

    /** The histories of every instrument the person answered, in the instruments' file order. */
    static List<InstrumentHistory> of(List<StoredResponse> oldestFirst, List<Instrument> instruments) {
        List<InstrumentHistory> histories = new ArrayList<>();
        for (Instrument instrument : instruments) {
            List<StoredResponse> own = oldestFirst.stream().filter(r -> r.instrumentId().equals(instrument.id())).toList();
            if (own.isEmpty()) {
                continue;
            }
            Optional<StoredResponse> baseline = baseline(own);
            List<ResponseView> views = new ArrayList<>(own.stream().map(r -> ResponseView.of(r, instrument, baseline)).toList());
            Collections.reverse(views);
            histories.add(new InstrumentHistory(instrument, views));
        }
        return histories;
    }

    /** The first scored response, against which later ones are judged. */
    static Optional<StoredResponse> baseline(List<StoredResponse> oldestFirst) {
        return oldestFirst.stream().filter(r -> r.total() != null).findFirst();
    }

    public ResponseView latest() {
        return newestFirst.get(0);
    }
}
