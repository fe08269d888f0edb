package org.medopt.app.context;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.person.PersonService;
import org.medopt.app.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Staff pages: the person's health context, and recording their sex and pregnancy status. */
@Controller
class HealthContextController {

    private static final String STATUS_FORM = "context/status-form";

    private final ClinicalContextService context;
    private final PersonService persons;
    private final AccessPolicy access;
    private final Clock clock;

    HealthContextController(ClinicalContextService context, PersonService persons, AccessPolicy access, Clock clock) {
        this.context = context;
        this.persons = persons;
        this.access = access;
        this.clock = clock;
    }

    @ModelAttribute
    void person(@PathVariable long personId, Model model) {
        model.addAttribute("personId", personId);
    }

    @GetMapping("/persons/{personId}/context")
    String overview(@PathVariable long personId, Model model) {
        model.addAttribute("person", persons.get(personId));
        model.addAttribute("context", context.record(personId));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("mayWrite", access.permits(personId, RecordAction.WRITE_CLINICAL_CONTEXT));
        return "context/overview";
    }

    @GetMapping("/persons/{personId}/context/status")
    String statusForm(@PathVariable long personId, Model model) {
        access.require(personId, RecordAction.WRITE_CLINICAL_CONTEXT);
        HealthContext recorded = context.record(personId);
        model.addAttribute("form", StatusDetails.of(recorded.status()));
        return statusForm(recorded, model);
    }

    @PostMapping("/persons/{personId}/context/status")
    String recordStatus(@PathVariable long personId, @Valid @ModelAttribute("form") StatusDetails form,
            BindingResult result, Model model) {
        access.require(personId, RecordAction.WRITE_CLINICAL_CONTEXT);
        return FormSubmission.attempt(result, () -> {
            context.recordStatus(personId, form);
            return personId;
        }).map(id -> "redirect:/persons/" + id + "/context").orElseGet(() -> statusForm(context.record(personId), model));
    }

    private String statusForm(HealthContext recorded, Model model) {
        model.addAttribute("history", recorded.statusHistory());
        model.addAttribute("sexes", Choice.sexes());
        model.addAttribute("pregnancies", Choice.pregnancies());
        return STATUS_FORM;
    }
}
