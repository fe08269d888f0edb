package org.medopt.app.portal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.medopt.app.account.AccountService;
import org.medopt.app.record.RecordExportService;
import org.medopt.app.web.Download;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The person downloads their whole record: as FHIR for other software, as a PDF to read. */
@Controller
class RecordDownloadController {

    private static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final AccountService accounts;
    private final RecordExportService export;
    private final Clock clock;

    RecordDownloadController(AccountService accounts, RecordExportService export, Clock clock) {
        this.accounts = accounts;
        this.export = export;
        this.clock = clock;
    }

    @GetMapping("/portal/record.json")
    ResponseEntity<byte[]> fhir() {
        byte[] bundle = export.fhirJson(accounts.ownRecord()).getBytes(StandardCharsets.UTF_8);
        return download(bundle, new MediaType(FHIR_JSON, StandardCharsets.UTF_8), "json");
    }

    @GetMapping("/portal/record.pdf")
    ResponseEntity<byte[]> pdf() {
        return download(export.pdf(accounts.ownRecord()), MediaType.APPLICATION_PDF, "pdf");
    }

    private ResponseEntity<byte[]> download(byte[] body, MediaType type, String extension) {
        return Download.of(body, type, "medopt-record-" + LocalDate.now(clock) + "." + extension);
    }

}
