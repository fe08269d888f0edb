package org.medopt.app.knowledge;

import org.medopt.knowledge.Drug;
import org.medopt.knowledge.KnowledgeBase;
import org.medopt.app.web.RecordNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The transparency pages: every drug, rule and source MedOpt's findings rest on, open to anyone. */
@Controller
class KnowledgeController {

    private final KnowledgeBase knowledge;

    KnowledgeController(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @GetMapping("/knowledge")
    String overview(Model model) {
        model.addAttribute("knowledge", knowledge);
        return "knowledge/overview";
    }

    @GetMapping("/knowledge/drugs/{rxcui}")
    String drug(@PathVariable String rxcui, Model model) {
        Drug drug = knowledge.catalog().byRxcui(rxcui).orElseThrow(() -> new RecordNotFoundException("drug", rxcui));
        model.addAttribute("version", knowledge.version());
        model.addAttribute("drug", drug);
        model.addAttribute("facts", FactLine.of(drug));
        return "knowledge/drug";
    }
}
