package org.medopt.app.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** "My caseload": the persons on the signed-in staff member's care teams, searchable by name or birth date. */
@Controller
class CaseloadController {

    private final PersonService persons;
    private final List<CaseloadNotes> noteSources;
    private final Clock clock;

    CaseloadController(PersonService persons, List<CaseloadNotes> noteSources, Clock clock) {
        this.persons = persons;
        this.noteSources = noteSources;
        this.clock = clock;
    }

    @GetMapping("/caseload")
    String caseload(@RequestParam(name = "q", required = false) String q,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("q", q);
        List<Person> found = persons.caseload(PersonQuery.parse(q));
        model.addAttribute("persons", found);
        model.addAttribute("notes", notes(found.stream().map(Person::id).toList()));
        if (htmx == null) {
            model.addAttribute("banners", noteSources.stream().map(CaseloadNotes::banner).flatMap(Optional::stream).toList());
        }
        model.addAttribute("today", LocalDate.now(clock));
        return htmx != null ? "person/caseload :: results" : "person/caseload";
    }

    private Map<Long, List<CaseloadNote>> notes(List<Long> personIds) {
        Map<Long, List<CaseloadNote>> notes = new HashMap<>();
        noteSources.forEach(source -> source.notesFor(personIds)
                .forEach((personId, note) -> notes.computeIfAbsent(personId, id -> new ArrayList<>()).add(note)));
        return notes;
    }
}
