package org.medopt.app.amendment;

import jakarta.validation.Valid;
import org.medopt.app.account.AccountService;
import org.medopt.app.medication.MedicationService;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The person asks for corrections of their record, follows them, and may disagree with a denial. */
@Controller
class PortalAmendmentController {

    private static final String FORM = "amendment/request-form";
    private static final String REQUEST = "amendment/request";

    private final AmendmentService amendments;
    private final MedicationService medications;
    private final AccountService accounts;
    private final SubmissionGuard submissions;

    PortalAmendmentController(AmendmentService amendments, MedicationService medications, AccountService accounts,
            SubmissionGuard submissions) {
        this.amendments = amendments;
        this.medications = medications;
        this.accounts = accounts;
        this.submissions = submissions;
    }

    @GetMapping("/portal/amendments")
    String list(Model model) {
        model.addAttribute("requests", amendments.onRecord(accounts.ownRecord()));
        return "amendment/list";
    }

    /** The form, about the person's details or, with {@code entry}, about one medication entry. */
    @GetMapping("/portal/amendments/new")
    String newRequest(@RequestParam(required = false) Long entry, Model model) {
        model.addAttribute("form", new CorrectionRequest(entry, null, null, submissions.newToken()));
        return formPage(entry, model);
    }

    @PostMapping("/portal/amendments/new")
    String request(@Valid @ModelAttribute("form") CorrectionRequest form, BindingResult result, Model model) {
        return FormSubmission.attempt(result, () -> amendments.request(accounts.ownRecord(), form))
                .map(id -> "redirect:/portal/amendments/" + id)
                .orElseGet(() -> formPage(form.medicationEntryId(), model));
    }

    @GetMapping("/portal/amendments/{requestId}")
    String request(@PathVariable long requestId, Model model) {
        model.addAttribute("form", new Disagreement(null));
        return requestPage(requestId, false, model);
    }

    @PostMapping("/portal/amendments/{requestId}/disagreement")
    String disagree(@PathVariable long requestId, @Valid @ModelAttribute("form") Disagreement form,
            BindingResult result, Model model) {
        return FormSubmission.attempt(result, () -> {
            amendments.disagree(accounts.ownRecord(), requestId, form);
            return requestId;
        }).map(id -> "redirect:/portal/amendments/" + id)
                .orElseGet(() -> requestPage(requestId, true, model));
    }

    private String formPage(Long entryId, Model model) {
        if (entryId != null) {
            model.addAttribute("entry", medications.get(accounts.ownRecord(), entryId));
        }
        return FORM;
    }

    /** The request and, while a denial awaits it or when a statement was just refused, the disagreement form. */
    private String requestPage(long requestId, boolean refused, Model model) {
        model.addAttribute("request", amendments.get(accounts.ownRecord(), requestId));
        model.addAttribute("refused", refused);
        return REQUEST;
    }

}
