package org.medopt.review;

/** A coded condition of the person, e.g. ICD-10-CM G40.909 or SNOMED CT 84757009. */
public record Condition(String system, String code, String display) {

    public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    public static final String SNOMED_CT = "http://snomed.info/sct";
}
