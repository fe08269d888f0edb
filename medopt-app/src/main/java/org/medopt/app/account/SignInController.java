package org.medopt.app.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the front door that sends each role to its home page. */
@Controller
class SignInController {

    private final AccountService accounts;
    private final SignInSettings settings;

    SignInController(AccountService accounts, SignInSettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @GetMapping("/signin")
    String signIn(Model model) {
        model.addAttribute("maxFailures", settings.maxFailures());
        model.addAttribute("lockoutMinutes", settings.lockout().toMinutes());
        return "account/signin";
    }

    @GetMapping("/")
    String home() {
        return switch (accounts.currentActor().role()) {
            case PERSON -> "redirect:/portal";
            case ADMIN -> "redirect:/admin";
            default -> "redirect:/caseload";
        };
    }
}
