package org.medopt.knowledge;

import java.util.Objects;

/**
 * One fact with the source it comes from.
 *
 * @param note what the source says in its own terms, or which part of it the fact was read from; may be null
 */
public record Cited<T>(T value, KnowledgeSource source, String note) {

    public Cited {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /** Whether rules may fire on this fact: its source was seen, in the primary or a secondary source. */
    public boolean firm() {
        return source.firm();
    }
}
