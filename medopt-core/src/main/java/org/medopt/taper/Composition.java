package org.medopt.taper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One way to make an amount for one administration: whole and half pieces plus, at most, one liquid.
 *
 * @param pieces how many of each piece
 * @param liquid the liquid used, or null
 * @param tenthsMl how much of it, in 0.1 mL
 * @param pieceCount how many pieces in all, kept so comparing compositions in the search costs nothing
 * @param halves how many of them are halves
 */
record Composition(long units, Map<Piece, Integer> pieces, Liquid liquid, int tenthsMl, int pieceCount, int halves) {

    static final Composition NONE = new Composition(0, Map.of(), null, 0, 0, 0);

    Composition withLiquid(Liquid more, int tenths) {
        return new Composition(units + more.unitsPerTenthMl() * tenths, pieces, tenths == 0 ? null : more, tenths,
                pieceCount, halves);
    }

    /** This and one more {@code piece}, without liquid. */
    Composition plus(Piece piece) {
        Map<Piece, Integer> more = new LinkedHashMap<>(pieces);
        more.merge(piece, 1, Integer::sum);
        return new Composition(units + piece.units(), more, null, 0, pieceCount + 1, halves + (piece.half() ? 1 : 0));
    }

    /**
     * Whether this is the simpler way to make the same amount. MedOpt's choice of what is simpler: each piece counts
     * as much as 1 mL of liquid to measure, and drawing up a liquid at all as 2 mL more (so whole doses stay tablets
     * and the liquid tops them up); then less liquid; then fewer halves to split.
     */
    boolean simplerThan(Composition other) {
        if (effort() != other.effort()) {
            return effort() < other.effort();
        }
        if (tenthsMl != other.tenthsMl) {
            return tenthsMl < other.tenthsMl;
        }
        return halves < other.halves;
    }

    private int effort() {
        return 10 * pieceCount() + (liquid == null ? 0 : 20) + tenthsMl;
    }

    /** "one 10 mg tablet + 1.3 mL of 2 mg/mL oral solution"; "none" for nothing. */
    String text() {
        List<String> parts = new ArrayList<>(pieces.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getKey().units(), a.getKey().units()))
                .map(e -> e.getKey().text(e.getValue()))
                .collect(Collectors.toList()));
        if (liquid != null) {
            parts.add(liquid.text(tenthsMl));
        }
        return parts.isEmpty() ? "none" : String.join(" + ", parts);
    }
}
