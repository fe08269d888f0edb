package org.medopt.app.measurement;

import java.time.Clock;
import java.time.LocalDate;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.person.PersonService;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Staff pages: a person's questionnaire scores over time, each result, and answers entered on the person's behalf. */
@Controller
class MeasuresController {

    private final MeasurementService measures;
    private final PersonService persons;
    private final AccessPolicy access;
    private final SubmissionGuard submissions;
    private final CrisisResources crisis;
    private final Clock clock;

    MeasuresController(MeasurementService measures, PersonService persons, AccessPolicy access,
            SubmissionGuard submissions, CrisisResources crisis, Clock clock) {
        this.measures = measures;
        this.persons = persons;
        this.access = access;
        this.submissions = submissions;
        this.crisis = crisis;
        this.clock = clock;
    }

    @GetMapping("/persons/{personId}/measures")
    String list(@PathVariable long personId, Model model) {
        model.addAttribute("histories", measures.histories(personId));
        model.addAttribute("person", persons.get(personId));
        model.addAttribute("personId", personId);
        model.addAttribute("offered", measures.offered());
        model.addAttribute("mayComplete", access.permits(personId, RecordAction.COMPLETE_INSTRUMENTS));
        return "measurement/person";
    }

    @GetMapping("/persons/{personId}/measures/{instrumentId}/new")
    String form(@PathVariable long personId, @PathVariable String instrumentId, Model model) {
        access.require(personId, RecordAction.COMPLETE_INSTRUMENTS);
        InstrumentForm form = new InstrumentForm();
        form.setSubmissionToken(submissions.newToken());
        form.setCompletedOn(LocalDate.now(clock).toString());
        model.addAttribute("form", form);
        return answer(personId, instrumentId, model);
    }

    @PostMapping("/persons/{personId}/measures/{instrumentId}/new")
    String answer(@PathVariable long personId, @PathVariable String instrumentId,
            @ModelAttribute("form") InstrumentForm form, BindingResult result, Model model) {
        access.require(personId, RecordAction.COMPLETE_INSTRUMENTS);
        return FormSubmission.attempt(result, () -> measures.record(personId, instrumentId, form))
                .map(saved -> "redirect:/persons/" + personId + "/measures/responses/" + saved.id())
                .orElseGet(() -> answer(personId, instrumentId, model));
    }

    @GetMapping("/persons/{personId}/measures/responses/{responseId}")
    String response(@PathVariable long personId, @PathVariable long responseId, Model model) {
        model.addAttribute("view", measures.view(personId, responseId));
        model.addAttribute("person", persons.get(personId));
        model.addAttribute("crisis", crisis);
        model.addAttribute("back", "/persons/" + personId + "/measures");
        model.addAttribute("portal", false);
        return "measurement/response";
    }

    private String answer(long personId, String instrumentId, Model model) {
        model.addAttribute("instrument", measures.offered(instrumentId));
        model.addAttribute("person", persons.get(personId));
        model.addAttribute("action", "/persons/" + personId + "/measures/" + instrumentId + "/new");
        model.addAttribute("back", "/persons/" + personId + "/measures");
        model.addAttribute("portal", false);
        model.addAttribute("crisis", crisis);
        return "measurement/answer";
    }
}
