package org.medopt.medication;

import org.medopt.shared.Coded;

/** How a medicine enters the body. */
public enum Route implements Coded {
    ORAL("oral", "By mouth"),
    SUBLINGUAL("sublingual", "Under the tongue"),
    TRANSDERMAL("transdermal", "Skin patch"),
    INTRAMUSCULAR("intramuscular", "Injection into a muscle"),
    SUBCUTANEOUS("subcutaneous", "Injection under the skin"),
    INTRAVENOUS("intravenous", "Into a vein"),
    NASAL("nasal", "Nasal"),
    INHALED("inhaled", "Inhaled"),
    TOPICAL("topical", "On the skin"),
    RECTAL("rectal", "Rectal");

    private final String code;
    private final String label;

    Route(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
