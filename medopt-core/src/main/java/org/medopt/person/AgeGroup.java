package org.medopt.person;

import java.time.LocalDate;
import java.time.Period;
import org.medopt.shared.Coded;

/**
 * The age group that decides which age-specific criteria apply to a person: child under 12,
 * adolescent 12 to 17, adult 18 to 64, older adult 65 and over (the AGS Beers Criteria apply from 65).
 */
public enum AgeGroup implements Coded {
    CHILD("child", "Child", 0),
    ADOLESCENT("adolescent", "Adolescent", 12),
    ADULT("adult", "Adult", 18),
    OLDER_ADULT("older-adult", "Older adult", 65);

    private final String code;
    private final String label;
    private final int fromAge;

    AgeGroup(String code, String label, int fromAge) {
        this.code = code;
        this.label = label;
        this.fromAge = fromAge;
    }

    /** The group of a person born on {@code birthDate}, on the day {@code on}. */
    public static AgeGroup of(LocalDate birthDate, LocalDate on) {
        return ofAge(ageInYears(birthDate, on));
    }

    /** The group of a person of {@code age} completed years. */
    public static AgeGroup ofAge(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("age cannot be negative: " + age);
        }
        AgeGroup group = CHILD;
        for (AgeGroup candidate : values()) {
            if (age >= candidate.fromAge) {
                group = candidate;
            }
        }
        return group;
    }

    /** Completed years between {@code birthDate} and {@code on}. */
    public static int ageInYears(LocalDate birthDate, LocalDate on) {
        if (birthDate.isAfter(on)) {
            throw new IllegalArgumentException("birth date " + birthDate + " is after " + on);
        }
        return Period.between(birthDate, on).getYears();
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
