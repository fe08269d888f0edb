package org.medopt.app.amendment;

import jakarta.validation.Valid;
import org.medopt.app.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The care team reads a correction request and, if they may change that part of the record, decides it. */
@Controller
class AmendmentDecisionController {

    private static final String PAGE = "amendment/decide";

    private final AmendmentService amendments;

    AmendmentDecisionController(AmendmentService amendments) {
        this.amendments = amendments;
    }

    @GetMapping("/persons/{personId}/amendments/{requestId}")
    String request(@PathVariable long personId, @PathVariable long requestId, Model model) {
        model.addAttribute("form", new Decision(null, null));
        return page(personId, requestId, false, model);
    }

    @PostMapping("/persons/{personId}/amendments/{requestId}")
    String decide(@PathVariable long personId, @PathVariable long requestId, @Valid @ModelAttribute("form") Decision form,
            BindingResult result, Model model) {
        return FormSubmission.attempt(result, () -> {
            amendments.decide(personId, requestId, form);
            return requestId;
        }).map(id -> "redirect:/persons/" + personId + "/amendments/" + id)
                .orElseGet(() -> page(personId, requestId, true, model));
    }

    /** The request and, where the signed-in actor may decide it or a decision was just refused, the form. */
    private String page(long personId, long requestId, boolean refused, Model model) {
        AmendmentRequest request = amendments.get(personId, requestId);
        model.addAttribute("request", request);
        model.addAttribute("mayDecide", amendments.mayDecide(request));
        model.addAttribute("refused", refused);
        return PAGE;
    }
}
