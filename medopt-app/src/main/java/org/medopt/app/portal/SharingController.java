package org.medopt.app.portal;

import java.util.Arrays;
import org.medopt.app.access.SensitiveCategory;
import org.medopt.app.access.SharingService;
import org.medopt.app.account.AccountService;
import org.medopt.app.web.InvalidInputException;
import org.medopt.shared.Coded;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's choices about sharing sensitive records with their care team. */
@Controller
class SharingController {

    private final SharingService sharing;
    private final AccountService accounts;

    SharingController(SharingService sharing, AccountService accounts) {
        this.sharing = sharing;
        this.accounts = accounts;
    }

    @GetMapping("/portal/sharing")
    String choices(Model model) {
        var history = sharing.history(accounts.ownRecord());
        model.addAttribute("categories", Arrays.stream(SensitiveCategory.values()).filter(SensitiveCategory::shareable).toList());
        model.addAttribute("shared", history.stream().filter(c -> c.inForce()).map(c -> c.category()).toList());
        model.addAttribute("history", history);
        return "portal/sharing";
    }

    @PostMapping("/portal/sharing")
    String choose(@RequestParam String category, @RequestParam boolean share,
            @RequestParam(required = false) String signedName, RedirectAttributes flash) {
        SensitiveCategory chosen = Coded.find(SensitiveCategory.class, category)
                .orElseThrow(() -> new InvalidInputException("category", "unknown category '" + category + "'"));
        try {
            if (share) {
                sharing.share(accounts.ownRecord(), chosen, signedName);
            } else {
                sharing.withdraw(accounts.ownRecord(), chosen);
            }
            flash.addFlashAttribute("notice", share ? "Shared with your care team from now on."
                    : "No longer shared: your care team cannot read these records from now on.");
        } catch (InvalidInputException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/portal/sharing";
    }

}
