package org.medopt.app.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the front door that sends each role to its home page. */
@Controller
class SignInController {

    private final AccountService accounts;

    SignInController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/signin")
    String signIn() {
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
