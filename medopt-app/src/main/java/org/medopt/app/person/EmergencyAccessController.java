package org.medopt.app.person;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.medopt.app.access.EmergencyAccessService;
import org.medopt.app.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Break-the-glass for clinical staff: find a person not on their caseload, state the emergency, read the record. */
@Controller
class EmergencyAccessController {

    private static final String FORM = "person/emergency-access";

    private final PersonService persons;
    private final EmergencyAccessService emergencyAccess;

    EmergencyAccessController(PersonService persons, EmergencyAccessService emergencyAccess) {
        this.persons = persons;
        this.emergencyAccess = emergencyAccess;
    }

    @GetMapping("/persons/emergency-access")
    String search(@RequestParam(required = false) String familyName, @RequestParam(required = false) String birthDate,
            Model model) {
        model.addAttribute("familyName", familyName);
        model.addAttribute("birthDate", birthDate);
        if (familyName == null && birthDate == null) {
            return "person/emergency-search";
        }
        try {
            model.addAttribute("found", persons.emergencySearch(familyName, LocalDate.parse(birthDate.strip())));
        } catch (DateTimeParseException | NullPointerException notADate) {
            model.addAttribute("searchError", "Give the date of birth as yyyy-mm-dd, and the family name.");
        }
        return "person/emergency-search";
    }

    @GetMapping("/persons/{id}/emergency-access")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("form", new EmergencyReason(null));
        return showForm(id, model);
    }

    @PostMapping("/persons/{id}/emergency-access")
    String open(@PathVariable long id, @ModelAttribute("form") EmergencyReason form, BindingResult result, Model model) {
        return FormSubmission.attempt(result, () -> emergencyAccess.open(id, form.reason()))
                .map(granted -> "redirect:/persons/" + id)
                .orElseGet(() -> showForm(id, model));
    }

    /** The form names only the record number: whoever arrives here chose the person from the search results. */
    private String showForm(long id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("minimumLength", EmergencyAccessService.MINIMUM_REASON_LENGTH);
        return FORM;
    }

    /** What the staff member says the emergency is. */
    record EmergencyReason(String reason) {
    }
}
