package org.medopt.taper;

import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.medopt.knowledge.DrugClass;
import org.medopt.knowledge.DrugProduct;

/** Refuses a taper request no plan can come from, saying what to change. */
final class RequestCheck {

    private RequestCheck() {
    }

    static void check(TaperRequest r) {
        String drug = r.drug().name();
        require(r.dailyMilligrams().signum() > 0, "dailyMilligrams",
                "The current daily dose of " + drug + " must be more than 0 mg; it was " + mg(r.dailyMilligrams()) + ".");
        require(!r.administrations().isEmpty() && r.administrations().size() <= TaperRequest.MAX_ADMINISTRATIONS,
                "administrations", "Give one to four times of day at which " + drug + " is taken.");
        r.administrations().forEach(a -> require(a.milligrams().signum() > 0, "administrations",
                "The amount taken at '" + a.time() + "' must be more than 0 mg; it was " + mg(a.milligrams()) + "."));
        BigDecimal sum = r.administrations().stream().map(Administration::milligrams).reduce(BigDecimal.ZERO, BigDecimal::add);
        require(sum.compareTo(r.dailyMilligrams()) == 0, "administrations", "The amounts at each time of day ("
                + r.administrations().stream().map(a -> a.time() + " " + mg(a.milligrams())).collect(Collectors.joining(" + "))
                + " = " + mg(sum) + ") do not add up to the daily dose of " + mg(r.dailyMilligrams()) + ".");
        checkProducts(r);
        require(r.stepDays() >= 7, "stepDays",
                "Each step must last at least one week (7 days); it was " + r.stepDays() + " days.");
        require(r.pacePercent().signum() > 0 && r.pacePercent().compareTo(TaperRequest.MAX_PACE_PERCENT) <= 0, "pace",
                "The pace must be more than 0% and at most 50% of the most recent dose per step; it was "
                        + r.pacePercent().stripTrailingZeros().toPlainString() + "%.");
        require(r.occupancyStepPoints().signum() > 0
                && r.occupancyStepPoints().compareTo(TaperRequest.MAX_OCCUPANCY_STEP) <= 0, "occupancyStep",
                "The occupancy step must be more than 0 and at most 10 percentage points; it was "
                        + r.occupancyStepPoints().stripTrailingZeros().toPlainString() + ".");
        require(r.finalMilligrams() == null || (r.finalMilligrams().signum() > 0
                && r.finalMilligrams().compareTo(r.dailyMilligrams()) < 0), "finalDose",
                "The final dose before stopping must be more than 0 mg and less than the current daily dose of "
                        + mg(r.dailyMilligrams()) + "; it was " + mg(r.finalMilligrams()) + ".");
        if (r.switchToDiazepam()) {
            checkSwitch(r);
        }
    }

    private static void checkProducts(TaperRequest r) {
        String drug = r.drug().name();
        for (DrugProduct p : r.products()) {
            require(r.drug().products().contains(p), "products",
                    "The " + p.label() + " is not a product of " + drug + " in the knowledge base.");
            require(TaperProducts.usable(p.form()), "products", "The " + p.label()
                    + " cannot be used in a taper plan: only tablets, capsules and oral liquids can be taken, split or measured.");
        }
        BigDecimal c = r.compoundedMgPerMl();
        require(c == null || c.signum() > 0, "compounded",
                "The compounded liquid's concentration must be more than 0 mg/mL; it was " + plain(c) + " mg/mL.");
        require(c == null || c.stripTrailingZeros().scale() <= 3, "compounded", "Give the compounded liquid's "
                + "concentration to at most 0.001 mg/mL (MedOpt measures doses to 0.0001 mg); it was " + plain(c) + " mg/mL.");
        require(!r.products().isEmpty() || c != null, "products",
                "Choose at least one tablet, capsule or oral liquid of " + drug + ", or a compounded liquid.");
    }

    private static void checkSwitch(TaperRequest r) {
        String drug = r.drug().name();
        require(r.drug().isA(DrugClass.BENZODIAZEPINE) || r.drug().isA(DrugClass.Z_DRUG), "switchToDiazepam",
                "A switch to diazepam is for benzodiazepines and z-drugs; " + drug + " is neither.");
        require(!drug.equals(TaperPlanner.DIAZEPAM), "switchToDiazepam", "The drug is diazepam already.");
        require(r.drug().facts().diazepamEquivalence().isPresent(), "switchToDiazepam", "The knowledge base has no "
                + "checked diazepam equivalence for " + drug + ", so MedOpt cannot propose a diazepam dose; plan the "
                + "taper on " + drug + " itself, or convert by hand from a cited table.");
    }

    /** Refuses a current dose, or a dose at one time of day, below the smallest amount the products can make. */
    static void checkMakeable(TaperRequest r, DoseMaker maker) {
        long smallest = maker.smallest();
        require(smallest != Long.MAX_VALUE, "products",
                "The chosen products of " + r.drug().name() + " cannot make any dose that can be measured.");
        for (Administration a : r.administrations()) {
            require(Milligrams.units(a.milligrams()) >= smallest, "dailyMilligrams", "The dose of "
                    + mg(a.milligrams()) + " at '" + a.time() + "' is less than the smallest amount the chosen products "
                    + "of " + r.drug().name() + " can make (" + Milligrams.text(smallest) + ").");
        }
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new InvalidTaperRequest(field, message);
        }
    }

    private static String mg(BigDecimal value) {
        return plain(value) + " mg";
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }
}
