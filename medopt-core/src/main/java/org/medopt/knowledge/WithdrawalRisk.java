package org.medopt.knowledge;

import org.medopt.shared.Coded;

/** How likely and how severe withdrawal symptoms are when the drug is stopped abruptly, as the source grades it. */
public enum WithdrawalRisk implements Coded {
    HIGH("high"),
    MODERATE("moderate"),
    LOW("low");

    private final String code;

    WithdrawalRisk(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
