package org.medopt.taper;

import org.medopt.knowledge.DosageForm;
import org.medopt.knowledge.DrugProduct;

/** A whole tablet or capsule, or half of a scored tablet, and how much drug it holds. */
record Piece(DrugProduct product, boolean half, long units) {

    /** "one 10 mg tablet", "two 10 mg tablets", "half of a 5 mg tablet". */
    String text(int count) {
        String what = product.strength().stripTrailingZeros().toPlainString() + " " + product.unit().code() + " "
                + formName(product.form());
        if (half) {
            return count == 1 ? "half of a " + what : count + " halves of " + what + "s";
        }
        return (count < NUMBERS.length ? NUMBERS[count] : String.valueOf(count)) + " " + what + (count == 1 ? "" : "s");
    }

    private static final String[] NUMBERS = {"no", "one", "two", "three", "four", "five", "six"};

    private static String formName(DosageForm form) {
        return switch (form) {
            case TABLET_EXTENDED_RELEASE -> "extended-release tablet";
            case CAPSULE_EXTENDED_RELEASE -> "extended-release capsule";
            case TABLET_ORALLY_DISINTEGRATING -> "orally disintegrating tablet";
            case TABLET_CHEWABLE -> "chewable tablet";
            case TABLET_SUBLINGUAL -> "sublingual tablet";
            default -> form.code().replace('-', ' ');
        };
    }
}
