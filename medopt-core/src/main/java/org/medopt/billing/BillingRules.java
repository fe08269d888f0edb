package org.medopt.billing;

import java.util.ArrayList;
import java.util.List;

/**
 * Which care-management codes a month supports. Pure: the same month and data give the same codes.
 *
 * <p>When a psychiatric consultant advises and a treating practitioner directs: the month's base code (99492 in the
 * first month of the episode, else 99493) from its threshold, then one +99494 per further 30 minutes each attained at
 * its mid-point; below the base threshold, G2214 from its own. General BHI (99484) only in a month with no CoCM code.
 */
public final class BillingRules {

    private final BillingCodes codes;

    public BillingRules(BillingCodes codes) {
        this.codes = codes;
    }

    /** Rules over the shipped billing file. */
    public static BillingRules load() {
        return new BillingRules(BillingCodes.load());
    }

    public BillingCodes codes() {
        return codes;
    }

    /** The codes {@code month} supports, with reasons for those it does not. */
    public BillingDecision codesFor(CareManagementMonth month) {
        if (month == null) {
            throw new InvalidCareManagementMonth("month", "Give a care-management month to bill.");
        }
        List<BillableCode> billed = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        if (month.consultantDirected()) {
            cocm(month, billed, reasons);
        } else {
            reasons.add("CoCM codes (" + codes.rule(CodeRole.INITIAL_MONTH).code() + ", "
                    + codes.rule(CodeRole.SUBSEQUENT_MONTH).code() + ", " + codes.rule(CodeRole.SHORT_MONTH).code()
                    + ") need a psychiatric consultant and a directing treating practitioner, not recorded this month "
                    + codes.rule(CodeRole.SHORT_MONTH).cited());
        }
        generalBhi(month, billed, reasons);
        return new BillingDecision(month, billed, reasons);
    }

    private void cocm(CareManagementMonth month, List<BillableCode> billed, List<String> reasons) {
        CodeRule base = codes.rule(month.firstMonthOfEpisode() ? CodeRole.INITIAL_MONTH : CodeRole.SUBSEQUENT_MONTH);
        CodeRule addOn = codes.rule(CodeRole.ADD_ON);
        CodeRule shortMonth = codes.rule(CodeRole.SHORT_MONTH);
        int minutes = month.careManagerMinutes();
        String which = month.firstMonthOfEpisode() ? "first" : "subsequent";
        if (minutes >= base.reportableFrom()) {
            billed.add(new BillableCode(base.code(), 1, minutes + " care-manager minutes in a " + which
                    + " CoCM month: " + base.code() + " from " + base.reportableFrom() + " " + needs(base) + " "
                    + base.cited() + " " + codes.timeRule().cited()));
            int beyond = minutes - base.descriptorMinutes();
            int units = beyond >= addOn.reportableFrom()
                    ? 1 + (beyond - addOn.reportableFrom()) / addOn.descriptorMinutes() : 0;
            if (units > 0) {
                billed.add(new BillableCode(addOn.code(), units, beyond + " minutes beyond the " + base.descriptorMinutes()
                        + " of " + base.code() + ": " + units + " x " + addOn.code() + " (each further "
                        + addOn.descriptorMinutes() + " minutes, attained from " + addOn.reportableFrom()
                        + " minutes into it) " + addOn.cited() + " " + codes.timeRule().cited()));
            } else if (beyond > 0) {
                reasons.add(beyond + " minutes beyond the " + base.descriptorMinutes() + " of " + base.code() + ": "
                        + addOn.code() + " needs " + addOn.reportableFrom() + " " + addOn.cited());
            }
            return;
        }
        String short1 = minutes + " minutes: " + base.code() + " needs " + base.reportableFrom() + " " + needs(base);
        if (minutes >= shortMonth.reportableFrom()) {
            billed.add(new BillableCode(shortMonth.code(), 1, short1 + "; " + shortMonth.code() + " from "
                    + shortMonth.reportableFrom() + " minutes applies " + shortMonth.cited() + " " + base.cited()));
        } else {
            reasons.add(short1 + "; " + shortMonth.code() + " needs " + shortMonth.reportableFrom() + " "
                    + shortMonth.cited() + " " + base.cited());
        }
    }

    private void generalBhi(CareManagementMonth month, List<BillableCode> billed, List<String> reasons) {
        CodeRule bhi = codes.rule(CodeRole.GENERAL_BHI);
        int minutes = month.bhiMinutes();
        List<String> excluding = billed.stream().map(BillableCode::code).filter(bhi.excludes()::contains).toList();
        if (!excluding.isEmpty()) {
            if (month.generalBhiMinutes().orElse(0) > 0) {
                reasons.add(bhi.code() + " is not reported in the same month as " + String.join(", ", excluding)
                        + "; the " + month.generalBhiMinutes().getAsInt() + " general BHI minutes are not billed "
                        + bhi.cited());
            }
            return;
        }
        if (!month.consultantDirected() || month.generalBhiMinutes().isPresent()) {
            if (minutes >= bhi.reportableFrom()) {
                billed.add(new BillableCode(bhi.code(), 1, minutes + " clinical staff minutes of general BHI: "
                        + bhi.code() + " needs at least " + bhi.reportableFrom() + " " + bhi.cited()));
            } else {
                reasons.add(minutes + " clinical staff minutes of general BHI: " + bhi.code() + " needs at least "
                        + bhi.reportableFrom() + " " + bhi.cited());
            }
        }
    }

    private static String needs(CodeRule rule) {
        return rule.basis() == ThresholdBasis.MID_POINT
                ? "(more than half of " + rule.descriptorMinutes() + ")"
                : "(all " + rule.descriptorMinutes() + ")";
    }
}
