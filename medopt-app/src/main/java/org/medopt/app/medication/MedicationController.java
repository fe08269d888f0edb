package org.medopt.app.medication;

import jakarta.validation.Valid;
import java.util.List;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.SensitiveCategory;
import org.medopt.app.web.InvalidInputException;
import org.medopt.shared.Coded;
import org.springframework.web.bind.annotation.RequestParam;
import org.medopt.app.access.RecordAction;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.FormSubmission;
import org.medopt.knowledge.DrugCatalog;
import org.medopt.medication.MedicationKind;
import org.medopt.medication.RecordSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Staff pages to add a medication entry, change it, and see its history. */
@Controller
class MedicationController {

    private static final String FORM = "medication/form";

    private final MedicationService medications;
    private final SubmissionGuard submissions;
    private final DrugCatalog catalog;
    private final AccessPolicy access;

    MedicationController(MedicationService medications, SubmissionGuard submissions, DrugCatalog catalog,
            AccessPolicy access) {
        this.medications = medications;
        this.access = access;
        this.submissions = submissions;
        this.catalog = catalog;
    }

    @ModelAttribute
    void choices(@PathVariable long personId, Model model) {
        model.addAttribute("personId", personId);
        model.addAttribute("catalog", catalog);
        model.addAttribute("choices", MedicationChoices.ALL);
    }

    @GetMapping("/persons/{personId}/medications/new")
    String newEntry(@PathVariable long personId, Model model) {
        access.require(personId, RecordAction.ADD_SELF_REPORTED);
        model.addAttribute("form",
                MedicationDetails.blank(MedicationKind.PRESCRIPTION, RecordSource.PRESCRIBED_HERE, submissions.newToken()));
        return FORM;
    }

    @PostMapping("/persons/{personId}/medications/new")
    String add(@PathVariable long personId, @Valid @ModelAttribute("form") MedicationDetails form, BindingResult result) {
        return FormSubmission.attempt(result, () -> medications.add(personId, form))
                .map(id -> "redirect:/persons/" + personId + "#medications")
                .orElse(FORM);
    }

    @GetMapping("/persons/{personId}/medications/{entryId}")
    String entry(@PathVariable long personId, @PathVariable long entryId, Model model) {
        MedicationEntry entry = medications.get(personId, entryId);
        model.addAttribute("entry", entry);
        model.addAttribute("entries", List.of(entry));
        model.addAttribute("mayChange", access.permits(personId, RecordAction.WRITE_MEDICATIONS));
        model.addAttribute("history", medications.history(personId, entryId));
        model.addAttribute("redisclosureNotice", medications.redisclosureNotice(entry).orElse(null));
        model.addAttribute("categories", List.of(SensitiveCategory.SUD_PART2));
        return "medication/entry";
    }

    @PostMapping("/persons/{personId}/medications/{entryId}/sensitivity")
    String classify(@PathVariable long personId, @PathVariable long entryId,
            @RequestParam(required = false) String category) {
        medications.classify(personId, entryId, category == null || category.isBlank() ? null
                : Coded.find(SensitiveCategory.class, category)
                        .orElseThrow(() -> new InvalidInputException("category", "unknown category '" + category + "'")));
        return "redirect:/persons/" + personId + "/medications/" + entryId;
    }

    @GetMapping("/persons/{personId}/medications/{entryId}/edit")
    String edit(@PathVariable long personId, @PathVariable long entryId, Model model) {
        access.require(personId, RecordAction.WRITE_MEDICATIONS);
        model.addAttribute("entryId", entryId);
        model.addAttribute("form", medications.get(personId, entryId).details());
        return FORM;
    }

    @PostMapping("/persons/{personId}/medications/{entryId}/edit")
    String change(@PathVariable long personId, @PathVariable long entryId,
            @Valid @ModelAttribute("form") MedicationDetails form, BindingResult result, Model model) {
        model.addAttribute("entryId", entryId);
        return FormSubmission.attempt(result, () -> {
            medications.change(personId, entryId, form);
            return entryId;
        }).map(id -> "redirect:/persons/" + personId + "/medications/" + id).orElse(FORM);
    }
}
