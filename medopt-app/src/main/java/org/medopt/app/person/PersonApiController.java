package org.medopt.app.person;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.medopt.app.web.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Persons served over REST: the caller's caseload, registration, and details. */
@ApiController("/api/persons")
class PersonApiController {

    private final PersonService persons;
    private final PersonViews views;

    PersonApiController(PersonService persons, PersonViews views) {
        this.persons = persons;
        this.views = views;
    }

    /** The caller's caseload, optionally searched by part of a name or a birth date (yyyy-mm-dd). */
    @GetMapping
    List<PersonView> caseload(@RequestParam(name = "q", required = false) String q) {
        return persons.caseload(PersonQuery.parse(q)).stream().map(views::of).toList();
    }

    @PostMapping
    ResponseEntity<PersonView> register(@Valid @RequestBody PersonDetails details) {
        long id = persons.register(details);
        return ResponseEntity.created(URI.create("/api/persons/" + id)).body(views.of(persons.get(id)));
    }

    @GetMapping("/{id}")
    PersonView get(@PathVariable long id) {
        return views.of(persons.get(id));
    }

    /** Every state the person's details have had, newest first, with who changed them, when and why. */
    @GetMapping("/{id}/history")
    List<PersonRevision> history(@PathVariable long id) {
        return persons.history(id);
    }

    /** Changes the details; {@code version} must be the version read, or the change is refused with 409. */
    @PutMapping("/{id}")
    PersonView update(@PathVariable long id, @Valid @RequestBody PersonDetails details) {
        persons.update(id, details);
        return views.of(persons.get(id));
    }
}
