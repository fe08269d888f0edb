package org.medopt.app.context;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shape of the codes MedOpt accepts, checked before a code is stored so that a typing slip is caught at the
 * field instead of silently never matching a rule. Whether a code exists is not checked: that needs the code
 * systems themselves, which MedOpt does not ship.
 */
final class ClinicalCodes {

    /** ICD-10-CM: a letter, two characters, and up to four more after a dot (e.g. G40.909). */
    private static final Pattern ICD_10_CM = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");
    /** A SNOMED CT identifier: 6 to 18 digits, no leading zero, the last a Verhoeff check digit. */
    private static final Pattern SCTID = Pattern.compile("[1-9][0-9]{5,17}");
    /** A LOINC code: up to seven digits, a hyphen, and a mod-10 check digit (e.g. 2345-7). */
    private static final Pattern LOINC = Pattern.compile("([0-9]{1,7})-([0-9])");

    private static final int[][] VERHOEFF_D = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
        {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
        {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
        {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
    private static final int[][] VERHOEFF_P = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
        {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
        {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};

    private ClinicalCodes() {
    }

    /** The code as stored: without surrounding space, ICD-10-CM in capitals. */
    static String normalised(CodeSystem system, String code) {
        String stripped = code.strip();
        return system == CodeSystem.ICD_10_CM ? stripped.toUpperCase(Locale.ROOT) : stripped;
    }

    /** Why the code cannot be a code of the system, or null when its shape is right. */
    static String problemWith(CodeSystem system, String code) {
        String normalised = normalised(system, code);
        return switch (system) {
            case ICD_10_CM -> ICD_10_CM.matcher(normalised).matches() ? null
                    : "an ICD-10-CM code is a letter, two characters and up to four more after a dot, e.g. F31.9";
            case SNOMED_CT -> !SCTID.matcher(normalised).matches()
                    ? "a SNOMED CT code is 6 to 18 digits, e.g. 13746004"
                    : verhoeffValid(normalised) ? null : "this SNOMED CT code has a wrong check digit; check for a typing slip";
        };
    }

    /** Why the text cannot be a LOINC code, or null when its shape and check digit are right. */
    static String loincProblem(String code) {
        var parts = LOINC.matcher(code.strip());
        if (!parts.matches()) {
            return "a LOINC code is digits, a hyphen and one check digit, e.g. 2345-7";
        }
        return loincCheckDigit(parts.group(1)) == parts.group(2).charAt(0) - '0' ? null
                : "this LOINC code has a wrong check digit; check for a typing slip";
    }

    /**
     * LOINC's mod-10 check digit: the digits in odd places counted from the right, read as one number and doubled,
     * written after the digits in even places; the check digit takes the sum of all those digits up to a multiple of 10.
     */
    static int loincCheckDigit(String digits) {
        StringBuilder odd = new StringBuilder();
        StringBuilder even = new StringBuilder();
        for (int i = digits.length() - 1, place = 1; i >= 0; i--, place++) {
            (place % 2 == 1 ? odd : even).append(digits.charAt(i));
        }
        String combined = even + (odd.isEmpty() ? "" : String.valueOf(Long.parseLong(odd.toString()) * 2));
        int sum = combined.chars().map(c -> c - '0').sum();
        return (10 - sum % 10) % 10;
    }

    private static boolean verhoeffValid(String digits) {
        int check = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            check = VERHOEFF_D[check][VERHOEFF_P[i % 8][digit]];
        }
        return check == 0;
    }
}
