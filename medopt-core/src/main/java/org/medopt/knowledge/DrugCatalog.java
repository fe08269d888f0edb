package org.medopt.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The versioned, cited catalog of drugs that medication entries resolve to by RxNorm ingredient code. */
public final class DrugCatalog {

    /** The catalog shipped with MedOpt. */
    public static final String DEFAULT_RESOURCE = "org/medopt/knowledge/drug-catalog.json";

    private final String version;
    private final List<Drug> drugs;
    private final List<KnowledgeSource> sources;
    private final Map<String, Drug> byRxcui;
    private final Map<String, Drug> byName;

    DrugCatalog(String version, List<Drug> drugs, Collection<KnowledgeSource> sources) {
        this.version = version;
        this.sources = sources.stream().sorted(Comparator.comparing(KnowledgeSource::id)).toList();
        this.drugs = drugs.stream().sorted(Comparator.comparing(Drug::name)).toList();
        this.byRxcui = drugs.stream().collect(Collectors.toUnmodifiableMap(Drug::rxcui, Function.identity()));
        this.byName = drugs.stream().collect(Collectors.toUnmodifiableMap(Drug::name, Function.identity()));
    }

    /**
     * A catalog of {@code drugs} built in code, e.g. for tests and benchmarks; names and codes must be unique. Its
     * sources are those the drugs cite.
     */
    public static DrugCatalog of(String version, List<Drug> drugs) {
        Map<String, KnowledgeSource> cited = new TreeMap<>();
        drugs.forEach(d -> d.citations().values().forEach(s -> cited.put(s.id(), s)));
        return new DrugCatalog(version, drugs, cited.values());
    }

    /** Loads and validates the shipped catalog; an invalid entry fails naming file and entry. */
    public static DrugCatalog load() {
        return load(DEFAULT_RESOURCE);
    }

    /** Loads and validates a catalog from the class path. */
    public static DrugCatalog load(String resource) {
        try (InputStream in = DrugCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidKnowledgeException(resource, "(file)", "not found on the class path");
            }
            return new DrugCatalogReader(resource).read(in);
        } catch (IOException e) {
            throw new InvalidKnowledgeException(resource, "cannot be read", e);
        }
    }

    public String version() {
        return version;
    }

    /** Every source the catalog defines, by id. */
    public List<KnowledgeSource> sources() {
        return sources;
    }

    /** All drugs, by name. */
    public List<Drug> drugs() {
        return drugs;
    }

    public Optional<Drug> byRxcui(String rxcui) {
        return Optional.ofNullable(byRxcui.get(rxcui));
    }

    /** The drug of that exact name, ignoring case and surrounding space. */
    public Optional<Drug> byName(String name) {
        return Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT)));
    }

    /** Drugs whose name contains {@code text}, names that start with it first. */
    public List<Drug> search(String text, int limit) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        return drugs.stream()
                .filter(d -> d.name().contains(needle))
                .sorted(Comparator.comparing((Drug d) -> !d.name().startsWith(needle)).thenComparing(Drug::name))
                .limit(limit)
                .toList();
    }
}
