package org.medopt.app.audit;

import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's audit report and the check of the audit chain. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private static final Map<String, String> FILTER_NAMES = Map.of("personId", "record number",
            "from", "start day (yyyy-mm-dd)", "to", "end day (yyyy-mm-dd)", "page", "page number",
            "oldestFirst", "order");

    private final AuditReport report;
    private final AuditChainVerifier verifier;

    AuditController(AuditReport report, AuditChainVerifier verifier) {
        this.report = report;
        this.verifier = verifier;
    }

    @GetMapping("/admin/audit")
    String report(@ModelAttribute("query") AuditQuery query, BindingResult result, Model model) {
        AuditQuery shown = result.hasErrors() || query == null ? AuditQuery.everything() : query;
        model.addAttribute("query", shown);
        model.addAttribute("filterErrors", result.getFieldErrors().stream()
                .map(error -> "“" + error.getRejectedValue() + "” is not a valid " + FILTER_NAMES.get(error.getField()))
                .toList());
        model.addAttribute("page", report.search(shown));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("outcomes", Outcome.values());
        return "audit/report";
    }

    @PostMapping("/admin/audit/verify")
    String verify(RedirectAttributes flash) {
        flash.addFlashAttribute("verdict", verifier.verify());
        return "redirect:/admin/audit";
    }
}
