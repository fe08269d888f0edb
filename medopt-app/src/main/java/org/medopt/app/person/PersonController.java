package org.medopt.app.person;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.amendment.AmendmentRequest;
import org.medopt.app.amendment.AmendmentService;
import org.medopt.app.access.EmergencyAccessService;
import org.medopt.app.access.RecordAction;
import org.medopt.app.medication.MedicationService;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.team.CareTeamService;
import org.medopt.app.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Registering a person, their overview with the medication record and correction requests, and changing their details. */
@Controller
class PersonController {

    private static final String FORM = "person/form";

    private final PersonService persons;
    private final MedicationService medications;
    private final AmendmentService amendments;
    private final CareTeamService teams;
    private final AccessPolicy access;
    private final EmergencyAccessService emergencyAccess;
    private final SubmissionGuard submissions;
    private final List<CaseloadNotes> noteSources;
    private final Clock clock;

    PersonController(PersonService persons, MedicationService medications, AmendmentService amendments,
            CareTeamService teams, AccessPolicy access, EmergencyAccessService emergencyAccess, SubmissionGuard submissions,
            List<CaseloadNotes> noteSources, Clock clock) {
        this.persons = persons;
        this.medications = medications;
        this.amendments = amendments;
        this.teams = teams;
        this.access = access;
        this.emergencyAccess = emergencyAccess;
        this.submissions = submissions;
        this.noteSources = noteSources;
        this.clock = clock;
    }

    @GetMapping("/persons/new")
    String newPerson(Model model) {
        access.requireMayRegisterPersons();
        model.addAttribute("form", PersonDetails.blank(submissions.newToken()));
        return FORM;
    }

    @PostMapping("/persons/new")
    String register(@Valid @ModelAttribute("form") PersonDetails form, BindingResult result) {
        return FormSubmission.attempt(result, () -> persons.register(form))
                .map(id -> "redirect:/persons/" + id)
                .orElse(FORM);
    }

    @GetMapping("/persons/{id}")
    String overview(@PathVariable long id, Model model) {
        Person person = persons.get(id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("person", person);
        model.addAttribute("today", today);
        model.addAttribute("team", teams.teamOf(id));
        model.addAttribute("record", medications.record(id));
        List<AmendmentRequest> requests = amendments.onRecord(id);
        model.addAttribute("amendments", requests);
        model.addAttribute("decidable", requests.stream().filter(amendments::mayDecide).map(AmendmentRequest::id).toList());
        model.addAttribute("mayEdit", access.permits(id, RecordAction.EDIT_DEMOGRAPHICS));
        model.addAttribute("mayAddMedication", access.permits(id, RecordAction.ADD_SELF_REPORTED));
        model.addAttribute("mayChangeMedication", access.permits(id, RecordAction.WRITE_MEDICATIONS));
        model.addAttribute("emergency", emergencyAccess.activeFor(id).orElse(null));
        model.addAttribute("notes", noteSources.stream().map(source -> source.notesFor(List.of(id)).get(id))
                .filter(Objects::nonNull).toList());
        return "person/overview";
    }

    @GetMapping("/persons/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        access.require(id, RecordAction.EDIT_DEMOGRAPHICS);
        model.addAttribute("personId", id);
        model.addAttribute("form", persons.get(id).details());
        model.addAttribute("history", persons.history(id));
        return FORM;
    }

    @PostMapping("/persons/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PersonDetails form, BindingResult result,
            Model model) {
        model.addAttribute("personId", id);
        return FormSubmission.attempt(result, () -> {
            persons.update(id, form);
            return id;
        }).map(saved -> "redirect:/persons/" + saved).orElseGet(() -> {
            model.addAttribute("history", persons.history(id));
            return FORM;
        });
    }
}
