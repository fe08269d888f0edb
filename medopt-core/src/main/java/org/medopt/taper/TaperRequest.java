package org.medopt.taper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugProduct;

/**
 * What a taper is planned from. Build one with {@link #of}; the builder fills the defaults, and the builder and the
 * planner refuse values no plan can come from with an {@link InvalidTaperRequest}.
 *
 * @param administrations the times of day and amounts, adding up to {@code dailyMilligrams}
 * @param products the drug's products the plan may use
 * @param compoundedMgPerMl the concentration of a pharmacy-compounded oral liquid, or null
 * @param stepDays how long each dose is held
 * @param pacePercent the largest cut per step, as a percentage of the most recent dose
 * @param occupancyStepPoints the hyperbolic method's fall in estimated occupancy per step, in percentage points
 * @param finalMilligrams the last dose before stopping, or null for the method's default
 */
public record TaperRequest(
        Drug drug,
        BigDecimal dailyMilligrams,
        List<Administration> administrations,
        List<DrugProduct> products,
        BigDecimal compoundedMgPerMl,
        TaperMethod method,
        int stepDays,
        BigDecimal pacePercent,
        BigDecimal occupancyStepPoints,
        LocalDate start,
        BigDecimal finalMilligrams,
        boolean switchToDiazepam) {

    /** Four weeks: the monthly steps of Horowitz et al. 2021 and the peer "10% a month" approach. */
    public static final int DEFAULT_STEP_DAYS = 28;
    /** 10% of the most recent dose: Horowitz et al. 2021 (≤10% of the most recent dose each month). */
    public static final BigDecimal DEFAULT_PACE_PERCENT = BigDecimal.TEN;
    /**
     * The upper bound on pace: 50%, a halving, the larger of the two cuts Horowitz et al. 2021 describe (one
     * quarter or one half of the most recent dose).
     */
    public static final BigDecimal MAX_PACE_PERCENT = BigDecimal.valueOf(50);
    /**
     * 5 points: Horowitz et al. 2021 equate a cut of one quarter of the most recent dose with about 5 percentage points
     * of D2 blockade (and one half with about 10, the largest step accepted here).
     */
    public static final BigDecimal DEFAULT_OCCUPANCY_STEP = BigDecimal.valueOf(5);
    static final BigDecimal MAX_OCCUPANCY_STEP = BigDecimal.TEN;
    /** MedOpt's bound, to keep each administration's composition search small. */
    static final int MAX_ADMINISTRATIONS = 4;

    public TaperRequest {
        Objects.requireNonNull(drug, "drug");
        administrations = List.copyOf(administrations);
        products = List.copyOf(products);
    }

    /** A request to taper {@code dailyMilligrams} of {@code drug} from {@code start}, with every default. */
    public static Builder of(Drug drug, BigDecimal dailyMilligrams, LocalDate start) {
        return new Builder(drug, dailyMilligrams, start);
    }

    /** The same request starting on another day. */
    public TaperRequest startingOn(LocalDate day) {
        return new TaperRequest(drug, dailyMilligrams, administrations, products, compoundedMgPerMl, method, stepDays,
                pacePercent, occupancyStepPoints, day, finalMilligrams, switchToDiazepam);
    }

    /** Fills a request's defaults: taken once a day, the drug's default products, hyperbolic, 4 weeks, 10%. */
    public static final class Builder {
        private final Drug drug;
        private final BigDecimal daily;
        private final LocalDate start;
        private List<Administration> administrations;
        private List<DrugProduct> products;
        private BigDecimal compounded;
        private TaperMethod method = TaperMethod.HYPERBOLIC;
        private int stepDays = DEFAULT_STEP_DAYS;
        private BigDecimal pace = DEFAULT_PACE_PERCENT;
        private BigDecimal occupancyStep = DEFAULT_OCCUPANCY_STEP;
        private BigDecimal finalDose;
        private boolean switchToDiazepam;

        private Builder(Drug drug, BigDecimal daily, LocalDate start) {
            this.drug = Objects.requireNonNull(drug, "drug");
            this.daily = Objects.requireNonNull(daily, "daily dose");
            this.start = Objects.requireNonNull(start, "start");
        }

        public Builder takenAs(Administration... times) {
            this.administrations = List.of(times);
            return this;
        }

        public Builder products(List<DrugProduct> chosen) {
            this.products = chosen;
            return this;
        }

        public Builder compounded(BigDecimal mgPerMl) {
            this.compounded = mgPerMl;
            return this;
        }

        public Builder method(TaperMethod chosen) {
            this.method = Objects.requireNonNull(chosen, "method");
            return this;
        }

        public Builder stepDays(int days) {
            this.stepDays = days;
            return this;
        }

        public Builder stepWeeks(int weeks) {
            return stepDays(weeks * 7);
        }

        public Builder pace(BigDecimal percent) {
            this.pace = Objects.requireNonNull(percent, "pace");
            return this;
        }

        public Builder occupancyStep(BigDecimal points) {
            this.occupancyStep = Objects.requireNonNull(points, "occupancy step");
            return this;
        }

        public Builder finalDose(BigDecimal milligrams) {
            this.finalDose = milligrams;
            return this;
        }

        public Builder switchToDiazepam() {
            this.switchToDiazepam = true;
            return this;
        }

        public TaperRequest build() {
            List<Administration> times = administrations != null ? administrations
                    : List.of(new Administration("each day", daily));
            List<DrugProduct> chosen = products != null ? products : TaperProducts.defaults(drug);
            TaperRequest request = new TaperRequest(drug, daily, times, chosen, compounded, method, stepDays, pace,
                    occupancyStep, start, finalDose, switchToDiazepam);
            RequestCheck.check(request);
            return request;
        }
    }
}
