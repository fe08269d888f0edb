package org.medopt.knowledge;

import java.util.List;
import java.util.Locale;

/**
 * A named group of conditions, as rules refer to them: ICD-10-CM code prefixes (e.g. {@code G40} takes in every
 * epilepsy code) and exact SNOMED CT concept ids.
 */
public record ConditionSet(String id, String title, List<String> icd10Prefixes, List<String> snomedCodes,
        List<KnowledgeSource> sources) {

    public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    public static final String SNOMED_CT = "http://snomed.info/sct";

    public ConditionSet {
        icd10Prefixes = List.copyOf(icd10Prefixes);
        snomedCodes = List.copyOf(snomedCodes);
        sources = List.copyOf(sources);
    }

    /** Whether rules may use the set: every source of its codes was seen, in the primary or a secondary source. */
    public boolean firm() {
        return KnowledgeSource.allFirm(sources);
    }

    /** Whether a condition coded {@code code} in {@code system} (a FHIR code-system URI) belongs to the set. */
    public boolean contains(String system, String code) {
        if (code == null) {
            return false;
        }
        if (ICD_10_CM.equals(system)) {
            String plain = code.strip().toUpperCase(Locale.ROOT);
            return icd10Prefixes.stream().anyMatch(plain::startsWith);
        }
        return SNOMED_CT.equals(system) && snomedCodes.contains(code.strip());
    }
}
