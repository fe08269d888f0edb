package org.medopt.app.person;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** "My caseload": the persons on the signed-in staff member's care teams, searchable by name or birth date. */
@Controller
class CaseloadController {

    private final PersonService persons;
    private final Clock clock;

    CaseloadController(PersonService persons, Clock clock) {
        this.persons = persons;
        this.clock = clock;
    }

    @GetMapping("/caseload")
    String caseload(@RequestParam(name = "q", required = false) String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("persons", persons.caseload(PersonQuery.parse(q)));
        model.addAttribute("today", LocalDate.now(clock));
        return htmx != null ? "person/caseload :: results" : "person/caseload";
    }
}
