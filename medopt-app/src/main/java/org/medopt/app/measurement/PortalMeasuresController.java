package org.medopt.app.measurement;

import org.medopt.app.account.AccountService;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.FormSubmission;
import org.medopt.app.web.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The person's questionnaires on their phone: what they can fill in, what they answered before, and each result. */
@Controller
class PortalMeasuresController {

    private final AccountService accounts;
    private final MeasurementService measures;
    private final SubmissionGuard submissions;
    private final CrisisResources crisis;

    PortalMeasuresController(AccountService accounts, MeasurementService measures, SubmissionGuard submissions,
            CrisisResources crisis) {
        this.accounts = accounts;
        this.measures = measures;
        this.submissions = submissions;
        this.crisis = crisis;
    }

    @GetMapping("/portal/measures")
    String list(Model model) {
        long me = accounts.ownRecord();
        model.addAttribute("offered", measures.selfReportable());
        model.addAttribute("histories", measures.histories(me));
        model.addAttribute("crisis", crisis);
        return "measurement/portal";
    }

    @GetMapping("/portal/measures/{instrumentId}")
    String form(@PathVariable String instrumentId, Model model) {
        InstrumentForm form = new InstrumentForm();
        form.setSubmissionToken(submissions.newToken());
        model.addAttribute("form", form);
        return answer(instrumentId, model);
    }

    @PostMapping("/portal/measures/{instrumentId}")
    String answer(@PathVariable String instrumentId, @ModelAttribute("form") InstrumentForm form, BindingResult result,
            Model model) {
        long me = accounts.ownRecord();
        return FormSubmission.attempt(result, () -> measures.record(me, instrumentId, form))
                .map(saved -> "redirect:/portal/measures/responses/" + saved.id())
                .orElseGet(() -> answer(instrumentId, model));
    }

    @GetMapping("/portal/measures/responses/{responseId}")
    String response(@PathVariable long responseId, Model model) {
        model.addAttribute("view", measures.view(accounts.ownRecord(), responseId));
        model.addAttribute("crisis", crisis);
        model.addAttribute("back", "/portal/measures");
        model.addAttribute("portal", true);
        return "measurement/response";
    }

    private String answer(String instrumentId, Model model) {
        accounts.ownRecord();
        model.addAttribute("instrument", measures.selfReportable().stream().filter(i -> i.id().equals(instrumentId))
                .findFirst().orElseThrow(() -> new RecordNotFoundException("instrument", instrumentId)));
        model.addAttribute("action", "/portal/measures/" + instrumentId);
        model.addAttribute("back", "/portal/measures");
        model.addAttribute("portal", true);
        model.addAttribute("crisis", crisis);
        return "measurement/answer";
    }
}
