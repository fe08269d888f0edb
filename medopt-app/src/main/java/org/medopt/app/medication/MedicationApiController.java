package org.medopt.app.medication;

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

/** A person's medication record over REST. Entries are never deleted: stop them with a stop date and reason. */
@ApiController("/api/persons/{personId}/medications")
class MedicationApiController {

    private final MedicationService medications;

    static final String REDISCLOSURE_NOTICE = "X-Redisclosure-Notice";

    MedicationApiController(MedicationService medications) {
        this.medications = medications;
    }

    /** Current and past entries. */
    @GetMapping
    MedicationRecord record(@PathVariable long personId) {
        return medications.record(personId);
    }

    @PostMapping
    ResponseEntity<MedicationEntry> add(@PathVariable long personId, @Valid @RequestBody MedicationDetails details) {
        long id = medications.add(personId, details);
        return ResponseEntity.created(URI.create("/api/persons/" + personId + "/medications/" + id))
                .body(medications.get(personId, id));
    }

    /** One entry; a 42 CFR Part 2 entry disclosed to staff carries the 42 CFR 2.32 notice in a header. */
    @GetMapping("/{entryId}")
    ResponseEntity<MedicationEntry> get(@PathVariable long personId, @PathVariable long entryId) {
        MedicationEntry entry = medications.get(personId, entryId);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        medications.redisclosureNotice(entry).ifPresent(notice -> ok.header(REDISCLOSURE_NOTICE, notice));
        return ok.body(entry);
    }

    /** Changes an entry; needs {@code changeReason} and the {@code version} read, or is refused (400 / 409). */
    @PutMapping("/{entryId}")
    MedicationEntry change(@PathVariable long personId, @PathVariable long entryId,
            @Valid @RequestBody MedicationDetails details) {
        medications.change(personId, entryId, details);
        return medications.get(personId, entryId);
    }

    /** Every state the entry has had, newest first, with who changed it, when and why. */
    @GetMapping("/{entryId}/history")
    List<MedicationRevision> history(@PathVariable long personId, @PathVariable long entryId) {
        return medications.history(personId, entryId);
    }
}
