package org.medopt.app.recovery;

import jakarta.validation.Valid;
import java.util.Arrays;
import org.medopt.app.account.AccountService;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The person's recovery goals on their phone: goals by life domain, progress notes, achieved or set aside. */
@Controller
class PortalRecoveryGoalsController {

    private static final String LIST = "recovery/portal";
    private static final String GOAL = "recovery/portal-goal";
    private static final String EDIT = "recovery/portal-edit";

    private final AccountService accounts;
    private final RecoveryGoalService goals;
    private final SubmissionGuard submissions;

    PortalRecoveryGoalsController(AccountService accounts, RecoveryGoalService goals, SubmissionGuard submissions) {
        this.accounts = accounts;
        this.goals = goals;
        this.submissions = submissions;
    }

    @GetMapping("/portal/recovery-goals")
    String list(Model model) {
        model.addAttribute("form", GoalForm.blank(submissions.newToken()));
        return list(accounts.ownRecord(), model);
    }

    @PostMapping("/portal/recovery-goals")
    String add(@Valid @ModelAttribute("form") GoalForm form, BindingResult result, Model model) {
        long me = accounts.ownRecord();
        return FormSubmission.attempt(result, () -> goals.add(me, form))
                .map(id -> "redirect:/portal/recovery-goals?added#goal-" + id).orElseGet(() -> list(me, model));
    }

    @GetMapping("/portal/recovery-goals/{goalId}")
    String goal(@PathVariable long goalId, Model model) {
        return goal(accounts.ownRecord(), goalId, model);
    }

    @PostMapping("/portal/recovery-goals/{goalId}/notes")
    String note(@PathVariable long goalId, @Valid @ModelAttribute("form") NoteForm form, BindingResult result,
            Model model) {
        long me = accounts.ownRecord();
        return FormSubmission.attempt(result, () -> goals.note(me, goalId, form))
                .map(id -> "redirect:/portal/recovery-goals/" + goalId + "?noted#notes")
                .orElseGet(() -> goal(me, goalId, model));
    }

    @PostMapping("/portal/recovery-goals/{goalId}/status")
    String status(@PathVariable long goalId, @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult result,
            Model model) {
        long me = accounts.ownRecord();
        return FormSubmission.attempt(result, () -> goals.changeStatus(me, goalId, form))
                .map(id -> "redirect:/portal/recovery-goals/" + goalId + "?marked")
                .orElseGet(() -> goal(me, goalId, model));
    }

    @GetMapping("/portal/recovery-goals/{goalId}/edit")
    String editForm(@PathVariable long goalId, Model model) {
        long me = accounts.ownRecord();
        RecoveryGoal goal = goals.goal(me, goalId);
        model.addAttribute("form", GoalForm.of(goal));
        return edit(goal, model);
    }

    @PostMapping("/portal/recovery-goals/{goalId}/edit")
    String edit(@PathVariable long goalId, @Valid @ModelAttribute("form") GoalForm form, BindingResult result,
            Model model) {
        long me = accounts.ownRecord();
        return FormSubmission.attempt(result, () -> goals.change(me, goalId, form))
                .map(id -> "redirect:/portal/recovery-goals/" + goalId + "?changed")
                .orElseGet(() -> edit(goals.goal(me, goalId), model));
    }

    private String list(long me, Model model) {
        model.addAttribute("groups", goals.goals(me));
        model.addAttribute("domains", Arrays.asList(RecoveryDomain.values()));
        return LIST;
    }

    private String goal(long me, long goalId, Model model) {
        RecoveryGoal goal = goals.goal(me, goalId);
        model.addAttribute("goal", goal);
        model.addAttribute("history", goals.history(me, goalId));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", NoteForm.blank(submissions.newToken()));
        }
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", new StatusForm(null, goal.version()));
        }
        return GOAL;
    }

    private String edit(RecoveryGoal goal, Model model) {
        model.addAttribute("goal", goal);
        model.addAttribute("domains", Arrays.asList(RecoveryDomain.values()));
        return EDIT;
    }
}
