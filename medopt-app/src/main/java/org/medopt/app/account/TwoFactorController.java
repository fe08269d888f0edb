package org.medopt.app.account;

import jakarta.servlet.http.HttpSession;
import org.medopt.app.web.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Setting up or replacing one's authenticator app, and for a person served turning it off; each asks for the password. */
@Controller
class TwoFactorController {

    private static final String PAGE = "account/two-factor";

    private final TwoFactorService twoFactor;
    private final AccountService accounts;

    TwoFactorController(TwoFactorService twoFactor, AccountService accounts) {
        this.twoFactor = twoFactor;
        this.accounts = accounts;
    }

    @GetMapping("/account/two-factor")
    String page(HttpSession session, Model model) {
        String username = accounts.currentActor().username();
        String secret = NewAuthenticatorKey.of(session, twoFactor::newSecret);
        TwoFactorState state = twoFactor.stateOf(username);
        model.addAttribute("enrolled", state.enrolled());
        model.addAttribute("mayTurnOff", state.enrolled() && state.role() == Role.PERSON);
        model.addAttribute("secret", secret);
        model.addAttribute("qrCode", twoFactor.qrCode(username, secret));
        return PAGE;
    }

    @PostMapping("/account/two-factor")
    String setUp(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String code,
            HttpSession session, Model model, RedirectAttributes flash) {
        try {
            twoFactor.replace(accounts.currentActor().username(), currentPassword,
                    NewAuthenticatorKey.of(session, twoFactor::newSecret), code);
        } catch (InvalidInputException refused) {
            model.addAttribute("problem", refused.getMessage());
            return page(session, model);
        }
        NewAuthenticatorKey.forget(session);
        flash.addFlashAttribute("notice", "Your authenticator app is set up. MedOpt will ask for its code when you sign in.");
        return "redirect:/account/two-factor";
    }

    @PostMapping("/account/two-factor/off")
    String turnOff(@RequestParam(required = false) String currentPassword, HttpSession session, Model model,
            RedirectAttributes flash) {
        try {
            twoFactor.turnOff(accounts.currentActor().username(), currentPassword);
        } catch (InvalidInputException refused) {
            model.addAttribute("problem", refused.getMessage());
            return page(session, model);
        }
        flash.addFlashAttribute("notice", "Two-factor sign-in is off. Your password alone now signs you in.");
        return "redirect:/account/two-factor";
    }
}
