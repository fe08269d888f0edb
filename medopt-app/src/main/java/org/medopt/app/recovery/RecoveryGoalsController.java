package org.medopt.app.recovery;

import jakarta.validation.Valid;
import java.util.Arrays;
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

/** Staff pages: the person's recovery goals with every note the reader may read, and the team's progress notes. */
@Controller
class RecoveryGoalsController {

    private static final String LIST = "recovery/team";
    private static final String GOAL = "recovery/team-goal";

    private final RecoveryGoalService goals;
    private final PersonService persons;
    private final AccessPolicy access;
    private final SubmissionGuard submissions;

    RecoveryGoalsController(RecoveryGoalService goals, PersonService persons, AccessPolicy access,
            SubmissionGuard submissions) {
        this.goals = goals;
        this.persons = persons;
        this.access = access;
        this.submissions = submissions;
    }

    @GetMapping("/persons/{personId}/recovery-goals")
    String list(@PathVariable long personId, Model model) {
        model.addAttribute("form", GoalForm.blank(submissions.newToken()));
        return listPage(personId, model);
    }

    /** A goal the person says, written down with them. */
    @PostMapping("/persons/{personId}/recovery-goals")
    String add(@PathVariable long personId, @Valid @ModelAttribute("form") GoalForm form, BindingResult result,
            Model model) {
        access.require(personId, RecordAction.WRITE_RECOVERY_NOTES);
        return FormSubmission.attempt(result, () -> goals.add(personId, form))
                .map(id -> "redirect:/persons/" + personId + "/recovery-goals#goal-" + id)
                .orElseGet(() -> listPage(personId, model));
    }

    @GetMapping("/persons/{personId}/recovery-goals/{goalId}")
    String goal(@PathVariable long personId, @PathVariable long goalId, Model model) {
        model.addAttribute("form", NoteForm.blank(submissions.newToken()));
        return goalPage(personId, goalId, model);
    }

    @PostMapping("/persons/{personId}/recovery-goals/{goalId}/notes")
    String note(@PathVariable long personId, @PathVariable long goalId, @Valid @ModelAttribute("form") NoteForm form,
            BindingResult result, Model model) {
        access.require(personId, RecordAction.WRITE_RECOVERY_NOTES);
        return FormSubmission.attempt(result, () -> goals.note(personId, goalId, form))
                .map(id -> "redirect:/persons/" + personId + "/recovery-goals/" + goalId + "#notes")
                .orElseGet(() -> goalPage(personId, goalId, model));
    }

    private String listPage(long personId, Model model) {
        model.addAttribute("person", persons.get(personId));
        model.addAttribute("groups", goals.goals(personId));
        model.addAttribute("domains", Arrays.asList(RecoveryDomain.values()));
        model.addAttribute("mayWrite", goals.mayWrite(personId));
        return LIST;
    }

    private String goalPage(long personId, long goalId, Model model) {
        model.addAttribute("person", persons.get(personId));
        model.addAttribute("goal", goals.goal(personId, goalId));
        model.addAttribute("history", goals.history(personId, goalId));
        model.addAttribute("mayWrite", goals.mayWrite(personId));
        return GOAL;
    }
}
