package org.medopt.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A value with a stable, lower-case code used in data files, forms, JSON and the database. */
public interface Coded {

    String code();

    /** The constant of {@code type} whose code is {@code code}, if any. */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
    }

    /** The constant of {@code type} whose code is {@code code}; fails naming the allowed codes. */
    static <E extends Enum<E> & Coded> E of(Class<E> type, String code) {
        return find(type, code).orElseThrow(() -> new IllegalArgumentException(
                "unknown code '" + code + "'; expected one of " + codes(type)));
    }

    /** The codes of {@code type}, comma separated, in declaration order. */
    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
