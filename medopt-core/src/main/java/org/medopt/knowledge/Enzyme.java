package org.medopt.knowledge;

import org.medopt.shared.Coded;

/** A drug-metabolising enzyme or transporter named in interaction facts. */
public enum Enzyme implements Coded {
    CYP1A2("CYP1A2"),
    CYP2B6("CYP2B6"),
    CYP2C8("CYP2C8"),
    CYP2C9("CYP2C9"),
    CYP2C19("CYP2C19"),
    CYP2D6("CYP2D6"),
    CYP3A4("CYP3A4"),
    UGT("UGT"),
    P_GLYCOPROTEIN("P-gp");

    private final String code;

    Enzyme(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
