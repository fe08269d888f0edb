package org.medopt.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.medopt.medication.MedicationKind;

/**
 * A catalog drug, identified by its RxNorm ingredient code, with the source cited for each fact.
 *
 * @param citations the cited source of each identity fact, keyed by fact name ({@code rxcui}, {@code atc}, ...)
 * @param facts what the review rules need to know, each fact with its own source
 */
public record Drug(
        String rxcui,
        String name,
        MedicationKind kind,
        boolean psychotropic,
        List<String> atc,
        Set<DrugClass> classes,
        List<DrugProduct> products,
        Map<String, KnowledgeSource> citations,
        DrugFacts facts) {

    public Drug {
        atc = List.copyOf(atc);
        classes = Set.copyOf(classes);
        products = List.copyOf(products);
        citations = Map.copyOf(citations);
    }

    /**
     * The product a person or a form names by its label ("25 mg tablet"), case and spaces ignored and "(scored)"
     * optional, so a label typed or saved before a product was marked scored still finds it.
     */
    public Optional<DrugProduct> productLabelled(String label) {
        String wanted = compact(label == null ? "" : label).replace("(scored)", "");
        return products.stream().filter(p -> compact(p.label()).replace("(scored)", "").equals(wanted)).findFirst();
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    public boolean isA(DrugClass drugClass) {
        return classes.contains(drugClass);
    }

    /** The source cited for {@code fact}; every catalog fact has one. */
    public KnowledgeSource citationFor(String fact) {
        KnowledgeSource source = citations.get(fact);
        if (source == null) {
            throw new IllegalArgumentException("no citation for fact '" + fact + "' of " + name);
        }
        return source;
    }
}
