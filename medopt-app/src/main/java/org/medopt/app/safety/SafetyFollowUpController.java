package org.medopt.app.safety;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.person.PersonService;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.FormSubmission;
import org.medopt.measurement.Instrument;
import org.medopt.measurement.Instruments;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Staff pages: the worklist of open safety follow-ups, a person's follow-ups, and recording a follow-up. */
@Controller
class SafetyFollowUpController {

    private static final String FOLLOW_UP = "safety/follow-up";

    private final SafetyFollowUpService followUps;
    private final PersonService persons;
    private final AccessPolicy access;
    private final SubmissionGuard submissions;
    /** Instrument id to name, for every instrument of the file: a follow-up names the instrument it was raised on. */
    private final Map<String, String> instrumentNames;

    SafetyFollowUpController(SafetyFollowUpService followUps, PersonService persons, AccessPolicy access,
            SubmissionGuard submissions, Instruments instruments) {
        this.followUps = followUps;
        this.persons = persons;
        this.access = access;
        this.submissions = submissions;
        this.instrumentNames = instruments.all().stream().collect(Collectors.toMap(Instrument::id, Instrument::name));
    }

    @GetMapping("/safety-follow-ups")
    String worklist(Model model) {
        model.addAttribute("lines", followUps.worklist());
        model.addAttribute("instrumentNames", instrumentNames);
        return "safety/worklist";
    }

    @GetMapping("/persons/{personId}/safety-follow-ups")
    String ofPerson(@PathVariable long personId, Model model) {
        model.addAttribute("person", persons.get(personId));
        model.addAttribute("followUps", followUps.ofPerson(personId));
        model.addAttribute("instrumentNames", instrumentNames);
        return "safety/person";
    }

    @GetMapping("/persons/{personId}/safety-follow-ups/{followUpId}")
    String followUp(@PathVariable long personId, @PathVariable long followUpId, Model model) {
        model.addAttribute("form", FollowUpForm.blank(submissions.newToken()));
        return show(personId, followUpId, model);
    }

    @PostMapping("/persons/{personId}/safety-follow-ups/{followUpId}")
    String record(@PathVariable long personId, @PathVariable long followUpId,
            @Valid @ModelAttribute("form") FollowUpForm form, BindingResult result, Model model) {
        access.require(personId, RecordAction.RECORD_SAFETY_FOLLOW_UP);
        return FormSubmission.attempt(result, () -> followUps.record(personId, followUpId, form))
                .map(closed -> "redirect:/persons/" + personId + "/safety-follow-ups/" + followUpId + "#entries")
                .orElseGet(() -> show(personId, followUpId, model));
    }

    private String show(long personId, long followUpId, Model model) {
        model.addAttribute("person", persons.get(personId));
        model.addAttribute("followUp", followUps.followUp(personId, followUpId));
        model.addAttribute("instrumentNames", instrumentNames);
        model.addAttribute("actions", Arrays.asList(FollowUpAction.values()));
        model.addAttribute("mayRecord", followUps.mayRecord(personId));
        return FOLLOW_UP;
    }
}
