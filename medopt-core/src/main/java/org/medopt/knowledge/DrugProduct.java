package org.medopt.knowledge;

import java.math.BigDecimal;

/** A marketed form and strength of a drug, e.g. a scored 25 mg tablet or a 20 mg/mL oral concentrate. */
public record DrugProduct(DosageForm form, BigDecimal strength, StrengthUnit unit, boolean scored) {

    /** How a person would read it: "25 mg tablet (scored)". */
    public String label() {
        String text = strength.stripTrailingZeros().toPlainString() + " " + unit.code() + " " + form.code().replace('-', ' ');
        return scored ? text + " (scored)" : text;
    }
}
