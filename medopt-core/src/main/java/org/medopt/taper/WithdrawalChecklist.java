package org.medopt.taper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.DrugCatalog;
import org.medopt.knowledge.DrugClass;
import org.medopt.knowledge.InvalidKnowledgeException;
import org.medopt.knowledge.KnowledgeSource;

/** The cited withdrawal symptom checklist and the documented rules that adapt a taper to it, under one version. */
public final class WithdrawalChecklist {

    /** The checklist shipped with MedOpt. */
    public static final String DEFAULT_RESOURCE = "org/medopt/knowledge/withdrawal-check-in.json";

    private final String version;
    private final List<String> severityWords;
    private final List<ChecklistItem> items;
    private final Map<String, ChecklistItem> itemsById;
    private final List<AdaptationRule> rules;
    private final List<KnowledgeSource> sources;

    WithdrawalChecklist(String version, List<String> severityWords, List<ChecklistItem> items,
            List<AdaptationRule> rules, List<KnowledgeSource> sources) {
        this.version = version;
        this.severityWords = List.copyOf(severityWords);
        this.items = List.copyOf(items);
        this.itemsById = Map.copyOf(items.stream().collect(Collectors.toMap(ChecklistItem::id, i -> i)));
        this.rules = List.copyOf(rules);
        this.sources = List.copyOf(sources);
    }

    /** Loads and validates the shipped checklist against {@code catalog}; fails naming file and entry. */
    public static WithdrawalChecklist load(DrugCatalog catalog) {
        return load(DEFAULT_RESOURCE, catalog);
    }

    /**
     * Loads and validates a checklist file from the class path; fails naming file and entry, or naming both files and
     * versions when its version differs from the drug catalog's.
     */
    public static WithdrawalChecklist load(String resource, DrugCatalog catalog) {
        try (InputStream in = WithdrawalChecklist.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidKnowledgeException(resource, "(file)", "not found on the class path");
            }
            return of(resource, new WithdrawalChecklistReader(resource).read(in), catalog);
        } catch (IOException e) {
            throw new InvalidKnowledgeException(resource, "cannot be read", e);
        }
    }

    /** {@code checklist}, once its version is known to be the catalog's; the same check as the review rules'. */
    static WithdrawalChecklist of(String resource, WithdrawalChecklist checklist, DrugCatalog catalog) {
        if (!checklist.version.equals(catalog.version())) {
            throw new InvalidKnowledgeException(resource, "(file)", "version " + checklist.version
                    + " differs from the version " + catalog.version() + " of " + DrugCatalog.DEFAULT_RESOURCE);
        }
        return checklist;
    }

    public String version() {
        return version;
    }

    /** Every item, in the order the file lists them. */
    public List<ChecklistItem> items() {
        return items;
    }

    /** The items a taper of {@code drug} asks, in file order; the free-text question is always asked besides. */
    public List<ChecklistItem> itemsFor(Drug drug) {
        return itemsFor(drug.classes());
    }

    /** The items a taper of a drug in {@code classes} asks, in file order. */
    public List<ChecklistItem> itemsFor(Set<DrugClass> classes) {
        return items.stream().filter(i -> i.appliesTo(classes)).toList();
    }

    public Optional<ChecklistItem> item(String id) {
        return Optional.ofNullable(itemsById.get(id));
    }

    /** The person-facing word for severity {@code rating} (0 none, 1 mild, 2 moderate, 3 severe). */
    public String severityWord(int rating) {
        return severityWords.get(rating);
    }

    /** Every adaptation rule, in order of precedence. */
    public List<AdaptationRule> rules() {
        return rules;
    }

    /** The rule called {@code id}; every id of {@link AdaptationRule#PRECEDENCE} is present once loaded. */
    public AdaptationRule rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no adaptation rule " + id));
    }

    /** Every source the file defines. */
    public List<KnowledgeSource> sources() {
        return sources;
    }
}
