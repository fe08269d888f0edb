package org.medopt.app.taper;

import org.medopt.app.account.AccountService;
import org.medopt.app.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The person's taper plan on their phone: today's dose, what comes next, and "How are you doing?". */
@Controller
class PortalTaperController {

    private final AccountService accounts;
    private final TaperCheckInService checkIns;

    PortalTaperController(AccountService accounts, TaperCheckInService checkIns) {
        this.accounts = accounts;
        this.checkIns = checkIns;
    }

    @GetMapping("/portal/taper")
    String page(Model model) {
        model.addAttribute("form", new CheckInForm());
        return page(accounts.ownRecord(), model);
    }

    @PostMapping("/portal/taper/check-ins")
    String checkIn(@ModelAttribute("form") CheckInForm form, BindingResult result, Model model) {
        long me = accounts.ownRecord();
        return FormSubmission.attempt(result, () -> checkIns.checkIn(me, form))
                .map(adjustment -> "redirect:/portal/taper?checkedIn#changes").orElseGet(() -> page(me, model));
    }

    private String page(long me, Model model) {
        model.addAttribute("taper", checkIns.runningPlan(me).orElse(null));
        return "taper/portal";
    }
}
