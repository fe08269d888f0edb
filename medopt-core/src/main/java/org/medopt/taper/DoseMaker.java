package org.medopt.taper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medopt.knowledge.DosageForm;
import org.medopt.knowledge.DrugProduct;

/**
 * Makes amounts for one administration from the chosen products: whole tablets and capsules, half of a scored plain
 * tablet (never of an unscored or extended-release one), and 0.1 mL steps of one oral liquid.
 */
final class DoseMaker {

    /**
     * MedOpt's choice, to keep instructions simple and the search small: at most four whole pieces and one half in
     * one administration.
     */
    static final int MAX_WHOLE_PIECES = 4;

    /**
     * MedOpt's choice: at most 10 mL of liquid in one administration (two fills of a 5 mL oral syringe); a dose that
     * needs more is made with tablets plus liquid, or not at all.
     */
    static final int MAX_TENTHS_ML = 100;

    private final List<Liquid> liquids;
    private final long[] solidUnits;
    private final Composition[] solids;
    private final long smallest;

    DoseMaker(List<DrugProduct> products, BigDecimal compoundedMgPerMl, long maxUnits) {
        List<Piece> whole = new ArrayList<>();
        List<Piece> halves = new ArrayList<>();
        List<Liquid> found = new ArrayList<>();
        for (DrugProduct p : products) {
            long perUnit = Milligrams.exactUnits(p.strength().multiply(perStrengthUnit(p)));
            if (perUnit <= 0) {
                continue;
            }
            if (TaperProducts.isLiquid(p.form())) {
                found.add(new Liquid(TaperProducts.liquidLabel(p), perUnit));
            } else {
                whole.add(new Piece(p, false, perUnit));
                if (p.scored() && p.form() == DosageForm.TABLET && perUnit % 2 == 0) {
                    halves.add(new Piece(p, true, perUnit / 2));
                }
            }
        }
        if (compoundedMgPerMl != null) {
            found.add(new Liquid(compoundedMgPerMl.stripTrailingZeros().toPlainString() + " mg/mL compounded oral liquid",
                    Milligrams.exactUnits(compoundedMgPerMl.movePointLeft(1))));
        }
        this.liquids = List.copyOf(found);
        this.smallest = java.util.stream.Stream.of(whole.stream().map(Piece::units), halves.stream().map(Piece::units),
                found.stream().map(Liquid::unitsPerTenthMl)).flatMap(s -> s).mapToLong(Long::longValue).min()
                .orElse(Long.MAX_VALUE);
        Map<Long, Composition> sums = new HashMap<>();
        addSums(whole, 0, Composition.NONE, 0, maxUnits, sums);
        for (Composition c : List.copyOf(sums.values())) {
            for (Piece h : halves) {
                keepSimpler(sums, c.plus(h), maxUnits);
            }
        }
        this.solidUnits = sums.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        this.solids = Arrays.stream(solidUnits).mapToObj(sums::get).toArray(Composition[]::new);
    }

    private static BigDecimal perStrengthUnit(DrugProduct p) {
        // The drug in one piece, or in 0.1 mL of a liquid, in mg.
        return switch (p.unit()) {
            case MG -> BigDecimal.ONE;
            case MCG -> new BigDecimal("0.001");
            case G -> new BigDecimal("1000");
            case MG_PER_ML -> new BigDecimal("0.1");
            case MCG_PER_ML -> new BigDecimal("0.0001");
            case MG_PER_5ML -> new BigDecimal("0.02");
            default -> BigDecimal.ZERO;
        };
    }

    private static void addSums(List<Piece> whole, int from, Composition sofar, int count, long max,
            Map<Long, Composition> sums) {
        keepSimpler(sums, sofar, max);
        if (count == MAX_WHOLE_PIECES) {
            return;
        }
        for (int i = from; i < whole.size(); i++) {
            Composition next = sofar.plus(whole.get(i));
            if (next.units() <= max) {
                addSums(whole, i, next, count + 1, max, sums);
            }
        }
    }

    private static void keepSimpler(Map<Long, Composition> sums, Composition c, long max) {
        if (c.units() <= max) {
            sums.merge(c.units(), c, (old, now) -> now.simplerThan(old) ? now : old);
        }
    }

    boolean hasLiquid() {
        return !liquids.isEmpty();
    }

    /** The smallest amount above zero the products can make. */
    long smallest() {
        return smallest;
    }

    /**
     * The amounts nearest {@code target} (zero included): up to {@code each} just at or below it and {@code each} just
     * above, each made the simplest way.
     */
    Nearest nearest(long target, int each) {
        Nearest found = new Nearest(target, each);
        for (int i = 0; i < solidUnits.length; i++) {
            long s = solidUnits[i];
            Composition solid = solids[i];
            found.offer(solid);
            for (Liquid l : liquids) {
                long q = l.unitsPerTenthMl();
                long k = s > target ? 0 : (target - s) / q;
                for (long t = Math.max(1, k - each + 1); t <= Math.min(k + each, MAX_TENTHS_ML); t++) {
                    // Built only when it can be kept: this loop runs for every solid sum at every step.
                    if (found.wants(s + t * q)) {
                        found.offer(solid.withLiquid(l, (int) t));
                    }
                }
            }
            if (s > target && found.fullAbove(s)) {
                break;
            }
        }
        return found;
    }

    /** The best few amounts at or below and above a target, kept as the search offers them. */
    static final class Nearest {
        private final long target;
        private final int each;
        private final List<Composition> below = new ArrayList<>();
        private final List<Composition> above = new ArrayList<>();

        Nearest(long target, int each) {
            this.target = target;
            this.each = each;
        }

        void offer(Composition c) {
            List<Composition> side = c.units() <= target ? below : above;
            for (int i = 0; i < side.size(); i++) {
                Composition kept = side.get(i);
                if (kept.units() == c.units()) {
                    if (c.simplerThan(kept)) {
                        side.set(i, c);
                    }
                    return;
                }
            }
            side.add(c);
            side.sort((a, b) -> Long.compare(Math.abs(a.units() - target), Math.abs(b.units() - target)));
            if (side.size() > each) {
                side.remove(side.size() - 1);
            }
        }

        /** Whether an amount of {@code units} could be kept: a side not yet full, or no farther than its farthest. */
        boolean wants(long units) {
            List<Composition> side = units <= target ? below : above;
            return side.size() < each || Math.abs(units - target) <= Math.abs(side.get(side.size() - 1).units() - target);
        }

        boolean fullAbove(long units) {
            return above.size() == each && above.get(each - 1).units() <= units;
        }

        /** The kept amounts, nearest first below then above. */
        List<Composition> all() {
            List<Composition> all = new ArrayList<>(below);
            all.addAll(above);
            return all;
        }
    }
}
