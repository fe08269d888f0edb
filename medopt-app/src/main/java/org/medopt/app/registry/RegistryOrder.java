package org.medopt.app.registry;

import java.time.LocalDate;
import java.util.Comparator;
import org.medopt.registry.ProgressStatus;
import org.medopt.shared.Coded;

/** The orders the registry can be listed in. */
public enum RegistryOrder implements Coded {
    /** Overdue contacts first, then persons not improving, then those with no score since baseline, then by due day. */
    ATTENTION("attention", "Needs attention first", Comparator.comparing(RegistryOrder::attention)
            .thenComparing(RegistryOrder::due).thenComparing(RegistryLine::name)),
    NEXT_CONTACT("next-contact", "Next contact due", Comparator.comparing(RegistryOrder::due)
            .thenComparing(RegistryLine::name)),
    WEEKS("weeks", "Longest in treatment", Comparator.comparing((RegistryLine l) -> l.progress().weeksInTreatment())
            .reversed().thenComparing(RegistryLine::name)),
    NAME("name", "Name", Comparator.comparing(RegistryLine::name));

    private final String code;
    private final String label;
    private final Comparator<RegistryLine> order;

    RegistryOrder(String code, String label, Comparator<RegistryLine> order) {
        this.code = code;
        this.label = label;
        this.order = order;
    }

    public Comparator<RegistryLine> comparator() {
        return order;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    private static int attention(RegistryLine line) {
        if (line.contactOverdue()) {
            return 0;
        }
        if (line.progress().status() == ProgressStatus.NOT_IMPROVING) {
            return 1;
        }
        return line.progress().status() == ProgressStatus.NO_FOLLOW_UP ? 2 : 3;
    }

    /** The next contact's day; none set sorts last. */
    private static LocalDate due(RegistryLine line) {
        LocalDate due = line.episode().nextContactDue();
        return due == null ? LocalDate.MAX : due;
    }
}
