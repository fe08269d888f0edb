package org.medopt.taper;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the achievable daily dose nearest a target, made at each time of day from the products, keeping each time's
 * share of the day as close as the products allow.
 */
final class DailyComposer {

    /** Candidates per time of day on each side of its share: enough to find a day's total, small enough to be fast. */
    private static final int NEAR = 2;

    private final DoseMaker maker;
    private final double[] shares;

    DailyComposer(DoseMaker maker, double[] shares) {
        this.maker = maker;
        this.shares = shares.clone();
    }

    DoseMaker maker() {
        return maker;
    }

    /**
     * The achievable daily dose in [{@code lowest}, {@code below}) nearest {@code target}, the higher of two equally
     * near; null when the products can make none there.
     */
    Day choose(long target, long lowest, long below) {
        List<List<Composition>> options = new ArrayList<>(shares.length);
        for (double share : shares) {
            options.add(maker.nearest(Math.round(target * share), shares.length == 1 ? 1 : NEAR).all());
        }
        Best best = new Best(target);
        search(options, 0, new Composition[shares.length], 0, lowest, below, best);
        return best.day;
    }

    private void search(List<List<Composition>> options, int time, Composition[] chosen, long sum, long lowest,
            long below, Best best) {
        if (time == shares.length) {
            if (sum >= lowest && sum < below) {
                best.offer(sum, splitError(chosen, best.target), chosen);
            }
            return;
        }
        for (Composition c : options.get(time)) {
            chosen[time] = c;
            search(options, time + 1, chosen, sum + c.units(), lowest, below, best);
        }
    }

    private double splitError(Composition[] chosen, long target) {
        double error = 0;
        for (int i = 0; i < chosen.length; i++) {
            error += Math.abs(chosen[i].units() - target * shares[i]);
        }
        return error;
    }

    /** A daily dose and how it is made at each time of day, in the order the times were given. */
    record Day(long units, List<Composition> parts) {
    }

    private static final class Best {
        private final long target;
        private Day day;
        private double error;

        Best(long target) {
            this.target = target;
        }

        void offer(long units, double splitError, Composition[] parts) {
            if (day == null || better(units, splitError)) {
                day = new Day(units, List.of(parts));
                error = splitError;
            }
        }

        private boolean better(long units, double splitError) {
            long distance = Math.abs(units - target);
            long current = Math.abs(day.units() - target);
            if (distance != current) {
                return distance < current;
            }
            if (units != day.units()) {
                return units > day.units();
            }
            return splitError < error;
        }
    }
}
