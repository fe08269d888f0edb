package org.medopt.app.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file the browser saves rather than shows in the app's tab. */
public final class Download {

    private Download() {
    }

    /** {@code body} sent as an attachment named {@code filename}. */
    public static ResponseEntity<byte[]> of(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
