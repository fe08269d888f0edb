package org.medopt.taper;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.medopt.knowledge.DosageForm;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugProduct;

/** Which of a drug's products a taper can use, and which it uses when the clinician does not choose. */
final class TaperProducts {

    private static final Set<DosageForm> LIQUIDS = EnumSet.of(DosageForm.ORAL_SOLUTION, DosageForm.ORAL_CONCENTRATE,
            DosageForm.ORAL_SUSPENSION);
    private static final Set<DosageForm> SWALLOWED = EnumSet.of(DosageForm.TABLET, DosageForm.TABLET_EXTENDED_RELEASE,
            DosageForm.TABLET_ORALLY_DISINTEGRATING, DosageForm.TABLET_CHEWABLE, DosageForm.CAPSULE,
            DosageForm.CAPSULE_EXTENDED_RELEASE, DosageForm.ORAL_SOLUTION, DosageForm.ORAL_CONCENTRATE,
            DosageForm.ORAL_SUSPENSION);
    /**
     * MedOpt's default: immediate-release tablets, capsules and oral liquids, whose amounts add up within one
     * administration. Extended-release, orally disintegrating and chewable forms are used only when chosen, so a plan
     * never mixes release profiles unasked.
     */
    private static final Set<DosageForm> DEFAULT = EnumSet.of(DosageForm.TABLET, DosageForm.CAPSULE,
            DosageForm.ORAL_SOLUTION, DosageForm.ORAL_CONCENTRATE, DosageForm.ORAL_SUSPENSION);

    private TaperProducts() {
    }

    static boolean isLiquid(DosageForm form) {
        return LIQUIDS.contains(form);
    }

    /** Whether a taper can use the form: swallowed by mouth, whole, halved or measured. */
    static boolean usable(DosageForm form) {
        return SWALLOWED.contains(form);
    }

    static List<DrugProduct> defaults(Drug drug) {
        return drug.products().stream().filter(p -> DEFAULT.contains(p.form())).toList();
    }

    /** The drug's oral liquids that are not among {@code chosen}: what to suggest when doses cannot be made. */
    static List<DrugProduct> liquidsLeftOut(Drug drug, List<DrugProduct> chosen) {
        return drug.products().stream().filter(p -> isLiquid(p.form()) && !chosen.contains(p)).toList();
    }

    /** "2 mg/mL oral solution", "10 mg/5 mL oral solution". */
    static String liquidLabel(DrugProduct p) {
        String unit = p.unit().code().replace("/5mL", "/5 mL");
        return p.strength().stripTrailingZeros().toPlainString() + " " + unit + " " + p.form().code().replace('-', ' ');
    }
}
