package org.medopt.app.recovery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A progress note on a recovery goal, by the person or by a member of their care team. */
public record NoteForm(
        @NotBlank(message = "write the note")
        @Size(max = NoteForm.NOTE_LENGTH, message = "a note is at most 2000 characters") String note,
        @Size(max = 64) String submissionToken) {

    static final int NOTE_LENGTH = 2000;

    static NoteForm blank(String submissionToken) {
        return new NoteForm(null, submissionToken);
    }
}
