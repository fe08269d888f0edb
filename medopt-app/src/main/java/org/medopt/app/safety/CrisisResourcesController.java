package org.medopt.app.safety;

import org.medopt.app.measurement.CrisisResources;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Need help now?": where to get help at once, open to anyone, signed in or not, since someone in crisis may not be
 * able to sign in. It shows the deployment's configured crisis resources and reads no record.
 */
@Controller
class CrisisResourcesController {

    private final CrisisResources crisis;

    CrisisResourcesController(CrisisResources crisis) {
        this.crisis = crisis;
    }

    @GetMapping("/help-now")
    String helpNow(Model model) {
        model.addAttribute("crisis", crisis);
        return "safety/help-now";
    }
}
