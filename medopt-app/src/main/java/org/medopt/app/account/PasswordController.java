package org.medopt.app.account;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.medopt.app.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Changing one's own password, which asks for the current one first. */
@Controller
class PasswordController {

    private static final String FORM = "account/password";

    private final AccountService accounts;

    PasswordController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        model.addAttribute("form", new PasswordChange(null, null, null));
        return FORM;
    }

    @PostMapping("/account/password")
    String change(@Valid @ModelAttribute("form") PasswordChange form, BindingResult result, HttpSession session) {
        return FormSubmission.attempt(result, () -> {
            accounts.changePassword(form, session.getId());
            return true;
        }).map(changed -> "redirect:/account/password?changed").orElse(FORM);
    }
}
