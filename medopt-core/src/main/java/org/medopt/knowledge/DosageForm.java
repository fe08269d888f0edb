package org.medopt.knowledge;

import org.medopt.shared.Coded;

/** The form a marketed product comes in. */
public enum DosageForm implements Coded {
    TABLET("tablet"),
    TABLET_EXTENDED_RELEASE("tablet-extended-release"),
    TABLET_ORALLY_DISINTEGRATING("tablet-orally-disintegrating"),
    TABLET_CHEWABLE("tablet-chewable"),
    TABLET_SUBLINGUAL("tablet-sublingual"),
    CAPSULE("capsule"),
    CAPSULE_EXTENDED_RELEASE("capsule-extended-release"),
    ORAL_SOLUTION("oral-solution"),
    ORAL_CONCENTRATE("oral-concentrate"),
    ORAL_SUSPENSION("oral-suspension"),
    INJECTION("injection"),
    INJECTION_LONG_ACTING("injection-long-acting"),
    TRANSDERMAL_PATCH("transdermal-patch"),
    SUBLINGUAL_FILM("sublingual-film"),
    NASAL_SPRAY("nasal-spray"),
    HERBAL_PREPARATION("herbal-preparation");

    private final String code;

    DosageForm(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
