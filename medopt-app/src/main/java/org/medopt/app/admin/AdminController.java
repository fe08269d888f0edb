package org.medopt.app.admin;

import jakarta.validation.Valid;
import org.medopt.app.access.EmergencyAccessService;
import org.medopt.app.account.AccountService;
import org.medopt.app.account.NewAccount;
import org.medopt.app.account.PortalAccount;
import org.medopt.app.account.Role;
import org.medopt.app.person.PersonQuery;
import org.medopt.app.person.PersonService;
import org.medopt.app.team.CareTeamService;
import org.medopt.app.web.FormSubmission;
import org.medopt.app.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration: accounts, and who is on each person's care team. */
@Controller
class AdminController {

    private static final int EMERGENCY_ACCESS_DAYS = 30;

    private final AccountService accounts;
    private final PersonService persons;
    private final CareTeamService teams;
    private final EmergencyAccessService emergencyAccess;

    AdminController(AccountService accounts, PersonService persons, CareTeamService teams,
            EmergencyAccessService emergencyAccess) {
        this.accounts = accounts;
        this.persons = persons;
        this.teams = teams;
        this.emergencyAccess = emergencyAccess;
    }

    @GetMapping("/admin")
    String home(@RequestParam(name = "q", required = false) String q, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewAccount(null, null, null, null, null));
        }
        model.addAttribute("q", q);
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("persons", persons.directory(PersonQuery.parse(q)));
        model.addAttribute("roles", Role.values());
        model.addAttribute("emergencyAccess", emergencyAccess.recent(EMERGENCY_ACCESS_DAYS));
        return "admin/home";
    }

    @PostMapping("/admin/accounts")
    String open(@Valid @ModelAttribute("form") NewAccount form, BindingResult result, Model model) {
        return FormSubmission.attempt(result, () -> accounts.open(form)).map(id -> "redirect:/admin?opened")
                .orElseGet(() -> home(null, model));
    }

    @PostMapping("/admin/accounts/{accountId}/enabled")
    String setEnabled(@PathVariable long accountId, @RequestParam boolean enabled, RedirectAttributes flash) {
        try {
            accounts.setEnabled(accountId, enabled);
            flash.addFlashAttribute("notice", enabled ? "The account was enabled."
                    : "The account was disabled and signed out everywhere.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin";
    }

    @GetMapping("/admin/persons/{personId}/team")
    String team(@PathVariable long personId, Model model) {
        if (!model.containsAttribute("portalForm")) {
            model.addAttribute("portalForm", new PortalAccount(null, null));
        }
        model.addAttribute("person", persons.directoryEntry(personId));
        model.addAttribute("team", teams.teamOf(personId));
        model.addAttribute("staff", accounts.all().stream().filter(a -> a.role().clinicalStaff()).toList());
        return "admin/team";
    }

    @PostMapping("/admin/persons/{personId}/team")
    String addMember(@PathVariable long personId, @RequestParam long accountId, RedirectAttributes flash) {
        return changeTeam(personId, flash, () -> teams.add(personId, accountId));
    }

    @PostMapping("/admin/persons/{personId}/team/{memberId}/end")
    String endMembership(@PathVariable long personId, @PathVariable long memberId, @RequestParam String reason,
            RedirectAttributes flash) {
        return changeTeam(personId, flash, () -> teams.end(personId, memberId, reason));
    }

    @PostMapping("/admin/persons/{personId}/portal-account")
    String openPortalAccount(@PathVariable long personId, @Valid @ModelAttribute("portalForm") PortalAccount form,
            BindingResult result, Model model, RedirectAttributes flash) {
        return FormSubmission.attempt(result, () -> {
            persons.openPortalAccount(personId, form);
            flash.addFlashAttribute("notice", "The portal account was opened.");
            return personId;
        }).map(id -> "redirect:/admin/persons/" + id + "/team").orElseGet(() -> team(personId, model));
    }

    private static String changeTeam(long personId, RedirectAttributes flash, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("notice", "The care team was changed.");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/admin/persons/" + personId + "/team";
    }
}
