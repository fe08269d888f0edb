package org.medopt.knowledge;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.medopt.knowledge.DrugCatalogReader.DrugEntry;
import org.medopt.knowledge.DrugCatalogReader.ProductEntry;
import org.medopt.medication.MedicationKind;
import org.medopt.shared.Coded;

/** Checks each catalog entry against the format's rules (docs/knowledge-format.md). */
final class DrugEntryValidator {

    static final List<String> CITED_FACTS = List.of("rxcui", "atc", "classes", "products");
    /** Cited only when a product is marked scored: which source says the tablet has a score line. */
    static final String SCORED = "scored";
    private static final Pattern RXCUI = Pattern.compile("\\d{1,9}");
    private static final Pattern ATC = Pattern.compile("[A-Z]\\d{2}[A-Z]{2}\\d{2}");

    private final String file;
    private final Map<String, KnowledgeSource> sources;
    private final Set<String> rxcuis = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    DrugEntryValidator(String file, Map<String, KnowledgeSource> sources) {
        this.file = file;
        this.sources = sources;
    }

    Drug validate(DrugEntry e) {
        String entry = e.name() == null ? "rxcui " + e.rxcui() : e.name();
        require(e.name() != null && !e.name().isBlank() && e.name().equals(e.name().toLowerCase(Locale.ROOT)),
                entry, "name must be present and lower case");
        require(e.rxcui() != null && RXCUI.matcher(e.rxcui()).matches(), entry,
                "rxcui must be an RxNorm ingredient code (digits), was " + e.rxcui());
        require(rxcuis.add(e.rxcui()), entry, "rxcui " + e.rxcui() + " is listed twice");
        require(names.add(e.name()), entry, "name is listed twice");
        MedicationKind kind = coded(file, entry, MedicationKind.class, e.kind());
        require(e.psychotropic() != null, entry, "psychotropic must be true or false");
        List<String> atc = e.atc() == null ? List.of() : e.atc();
        atc.forEach(code -> require(code != null && ATC.matcher(code).matches(), entry,
                "ATC code " + code + " is not level 5 (A00AA00)"));
        boolean mayLackCodes = kind == MedicationKind.HERBAL || kind == MedicationKind.SUPPLEMENT;
        require(mayLackCodes || !atc.isEmpty(), entry, "needs at least one ATC code");
        require(e.classes() != null && !e.classes().isEmpty(), entry, "needs at least one class");
        Set<DrugClass> classes = new HashSet<>();
        e.classes().forEach(c -> classes.add(coded(file, entry, DrugClass.class, c)));
        List<ProductEntry> products = e.products() == null ? List.of() : e.products();
        require(mayLackCodes || !products.isEmpty(), entry, "needs at least one marketed product");
        List<DrugProduct> productList = products.stream().map(p -> product(entry, p)).toList();
        boolean scored = productList.stream().anyMatch(DrugProduct::scored);
        DrugFacts facts = new DrugFactsReader(file, entry, sources).read(e.reviewFacts());
        require(facts.diazepamEquivalent() == null || classes.contains(DrugClass.BENZODIAZEPINE)
                || classes.contains(DrugClass.Z_DRUG), entry,
                "a diazepam equivalent is only for a benzodiazepine or z-drug");
        return new Drug(e.rxcui(), e.name(), kind, e.psychotropic(), atc, classes, productList,
                citations(entry, e, scored), facts);
    }

    private DrugProduct product(String entry, ProductEntry p) {
        require(p != null, entry, "a product is null");
        require(p.strength() != null && p.strength().compareTo(BigDecimal.ZERO) > 0, entry,
                "product strength must be positive, was " + p.strength());
        return new DrugProduct(coded(file, entry, DosageForm.class, p.form()), p.strength(),
                coded(file, entry, StrengthUnit.class, p.unit()), Boolean.TRUE.equals(p.scored()));
    }

    private Map<String, KnowledgeSource> citations(String entry, DrugEntry e, boolean scored) {
        Map<String, String> cite = e.cite() == null ? Map.of() : e.cite();
        Map<String, KnowledgeSource> citations = new HashMap<>();
        List<String> required = scored ? Stream.concat(CITED_FACTS.stream(), Stream.of(SCORED)).toList() : CITED_FACTS;
        for (String fact : required) {
            String sourceId = cite.get(fact);
            require(sourceId != null, entry, "fact '" + fact + "' has no source in cite"
                    + (fact.equals(SCORED) ? " (a product is marked scored)" : ""));
            KnowledgeSource source = sources.get(sourceId);
            require(source != null, entry, "cites source '" + sourceId + "', which is not defined in sources");
            citations.put(fact, source);
        }
        cite.keySet().forEach(fact -> require(required.contains(fact), entry, "cites unknown fact '" + fact + "'"
                + (fact.equals(SCORED) ? " (no product is marked scored)" : "")));
        return citations;
    }

    private void require(boolean condition, String entry, String problem) {
        if (!condition) {
            throw new InvalidKnowledgeException(file, entry, problem);
        }
    }

    static <E extends Enum<E> & Coded> E coded(String file, String entry, Class<E> type, String code) {
        return Coded.find(type, code).orElseThrow(() -> new InvalidKnowledgeException(file, entry,
                "unknown " + type.getSimpleName() + " '" + code + "'; expected one of " + Coded.codes(type)));
    }
}
