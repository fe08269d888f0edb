package org.medopt.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a drug catalog file and refuses it whole if any entry breaks the format's rules. */
final class DrugCatalogReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final String file;

    DrugCatalogReader(String file) {
        this.file = file;
    }

    DrugCatalog read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        String version = root.path("version").asText("");
        if (version.isBlank()) {
            throw new InvalidKnowledgeException(file, "(file)", "has no version");
        }
        Map<String, KnowledgeSource> sources = readSources(root.path("sources"));
        DrugEntryValidator validator = new DrugEntryValidator(file, sources);
        List<Drug> drugs = new ArrayList<>();
        for (JsonNode node : root.path("drugs")) {
            drugs.add(validator.validate(parse(node, DrugEntry.class)));
        }
        if (drugs.isEmpty()) {
            throw new InvalidKnowledgeException(file, "(file)", "lists no drugs");
        }
        return new DrugCatalog(version, drugs, sources.values());
    }

    private Map<String, KnowledgeSource> readSources(JsonNode node) {
        Map<String, KnowledgeSource> sources = new HashMap<>();
        node.fields().forEachRemaining(field -> {
            SourceEntry entry = parse(field.getValue(), SourceEntry.class);
            sources.put(field.getKey(), entry.toSource(file, field.getKey()));
        });
        return sources;
    }

    private <T> T parse(JsonNode node, Class<T> type) {
        if (node.isNull()) {
            throw new InvalidKnowledgeException(file, "(file)", "has an entry that is null");
        }
        try {
            return JSON.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            String entry = node.path("name").asText(node.path("title").asText("?"));
            throw new InvalidKnowledgeException(file, entry, e.getOriginalMessage());
        }
    }

    record SourceEntry(String title, String url, String verification, String note) {

        KnowledgeSource toSource(String file, String id) {
            if (title == null || title.isBlank()) {
                throw new InvalidKnowledgeException(file, "source " + id, "has no title");
            }
            Verification checked = DrugEntryValidator.coded(file, "source " + id, Verification.class, verification);
            return new KnowledgeSource(id, title, url, checked, note);
        }
    }

    record ProductEntry(String form, BigDecimal strength, String unit, Boolean scored) {
    }

    record DrugEntry(
            String rxcui,
            String name,
            String kind,
            Boolean psychotropic,
            List<String> atc,
            List<String> classes,
            List<ProductEntry> products,
            Map<String, String> cite,
            List<DrugFactsReader.MechanismEntry> mechanisms,
            List<DrugFactsReader.EnzymeEntry> enzymes,
            DrugFactsReader.ScoreEntry anticholinergicScore,
            List<DrugFactsReader.DoseLimitEntry> maximumDailyDose,
            DrugFactsReader.HalfLifeEntry halfLife,
            DrugFactsReader.WithdrawalEntry withdrawalRisk,
            List<DrugFactsReader.MonitoringEntry> monitoring,
            DrugFactsReader.OccupancyEntry occupancy,
            DrugFactsReader.DiazepamEquivalentEntry diazepamEquivalent) {

        DrugFactsReader.ReviewFactsEntry reviewFacts() {
            return new DrugFactsReader.ReviewFactsEntry(mechanisms, enzymes, anticholinergicScore, maximumDailyDose,
                    halfLife, withdrawalRisk, monitoring, occupancy, diazepamEquivalent);
        }
    }
}
