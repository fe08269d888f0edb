package org.medopt.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.medopt.knowledge.Drug;
import org.medopt.knowledge.KnowledgeBase;
import org.medopt.knowledge.StrengthUnit;
import org.medopt.person.Sex;

/** Synthetic persons and medication lists for the benchmarks, drawn with a fixed seed; no real person's data. */
final class SyntheticPersons {

    static final LocalDate REVIEW_DATE = LocalDate.of(2026, 11, 23);
    static final List<String> FIFTEEN = List.of("phenelzine", "sertraline", "fluoxetine", "citalopram", "fluvoxamine",
            "amitriptyline", "quetiapine", "risperidone", "clozapine", "lithium carbonate", "lorazepam", "zolpidem",
            "oxycodone", "valproic acid", "lamotrigine");

    private SyntheticPersons() {
    }

    /** One person's review input. */
    record Input(List<ReviewedMedication> medications, PersonContext person) {
    }

    /** The benchmark's 15-drug list with a 70-year-old's conditions and labs. */
    static Input fifteenDrugs(KnowledgeBase knowledge) {
        List<ReviewedMedication> medications = new ArrayList<>();
        for (int i = 0; i < FIFTEEN.size(); i++) {
            Drug drug = knowledge.catalog().byName(FIFTEEN.get(i)).orElseThrow();
            DailyDose dose = i % 3 == 0 ? new DailyDose(BigDecimal.valueOf(10L * (i + 1)), StrengthUnit.MG) : null;
            medications.add(new ReviewedMedication(drug.rxcui(), drug.name(), dose, REVIEW_DATE.minusDays(20L * i + 10),
                    null));
        }
        return new Input(medications, new PersonContext(REVIEW_DATE, LocalDate.of(1956, 3, 14), Sex.FEMALE, false,
                List.of(new Condition(Condition.SNOMED_CT, "58214004", "Schizophrenia"),
                        new Condition(Condition.ICD_10_CM, "G40.909", "Epilepsy, unspecified"),
                        new Condition(Condition.ICD_10_CM, "E11.9", "Type 2 diabetes")),
                observations(new Random(7), 10)));
    }

    /** {@code count} persons, each with 1 to 15 catalog drugs, some stopped, and up to 8 dated labs. */
    static List<Input> population(KnowledgeBase knowledge, int count, long seed) {
        Random random = new Random(seed);
        List<Drug> drugs = knowledge.catalog().drugs();
        List<Input> inputs = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            List<ReviewedMedication> medications = new ArrayList<>();
            int size = 1 + random.nextInt(15);
            for (int i = 0; i < size; i++) {
                Drug drug = drugs.get(random.nextInt(drugs.size()));
                LocalDate start = REVIEW_DATE.minusDays(random.nextInt(1000));
                LocalDate stop = random.nextInt(8) == 0 ? REVIEW_DATE.plusDays(random.nextInt(90) - 45) : null;
                medications.add(new ReviewedMedication(drug.rxcui(), drug.name(), null, start, stop));
            }
            Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
            LocalDate birth = REVIEW_DATE.minusDays(365L * (3 + random.nextInt(90)) + random.nextInt(365));
            inputs.add(new Input(medications, new PersonContext(REVIEW_DATE, birth, sex, false, List.of(),
                    observations(random, random.nextInt(9)))));
        }
        return inputs;
    }

    private static List<Observation> observations(Random random, int count) {
        String[] codes = {"14334-7", "751-8", "39156-5", "8480-6", "2345-7", "13457-7", "2160-0", "3016-3"};
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            observations.add(new Observation(codes[random.nextInt(codes.length)], "lab", BigDecimal.ONE, null,
                    REVIEW_DATE.minusDays(random.nextInt(400))));
        }
        return observations;
    }
}
