package org.medopt.app.registry;

import java.util.Arrays;
import java.util.List;
import org.medopt.shared.Coded;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The care manager's and prescriber's registry of open care episodes, and the psychiatric case-review list. */
@Controller
class RegistryController {

    private final RegistryService registry;

    RegistryController(RegistryService registry) {
        this.registry = registry;
    }

    @GetMapping("/registry")
    String registry(@RequestParam(required = false) String order, Model model) {
        RegistryOrder chosen = Coded.find(RegistryOrder.class, order).orElse(RegistryOrder.ATTENTION);
        model.addAttribute("lines", registry.caseload(chosen));
        model.addAttribute("order", chosen);
        model.addAttribute("orders", Arrays.asList(RegistryOrder.values()));
        model.addAttribute("rules", registry.rules());
        return "registry/registry";
    }

    @GetMapping("/registry/case-review")
    String caseReview(Model model) {
        List<RegistryLine> lines = registry.caseload(RegistryOrder.ATTENTION);
        model.addAttribute("waiting", lines.stream().filter(RegistryLine::onCaseReview)
                .sorted((a, b) -> a.caseReview().addedAt().compareTo(b.caseReview().addedAt())).toList());
        model.addAttribute("suggested", lines.stream().filter(RegistryLine::suggestedForReview).toList());
        model.addAttribute("rules", registry.rules());
        return "registry/case-review";
    }
}
