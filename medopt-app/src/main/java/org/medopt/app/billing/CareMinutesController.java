package org.medopt.app.billing;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.person.PersonService;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.Download;
import org.medopt.app.web.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff pages: a person's care-management minutes with what each month bills, and the monthly billing report. */
@Controller
class CareMinutesController {

    private static final String PAGE = "billing/care-minutes";
    private static final String REPORT = "billing/report";
    private static final String REVERSAL = "billing/reversal";
    private static final String MONTH_FORMAT = "give the month as year and month, e.g. 2026-11";

    private final CareMinutesService careMinutes;
    private final PersonService persons;
    private final AccessPolicy access;
    private final SubmissionGuard submissions;
    private final Clock clock;

    CareMinutesController(CareMinutesService careMinutes, PersonService persons, AccessPolicy access,
            SubmissionGuard submissions, Clock clock) {
        this.careMinutes = careMinutes;
        this.persons = persons;
        this.access = access;
        this.submissions = submissions;
        this.clock = clock;
    }

    @GetMapping("/persons/{personId}/care-minutes")
    String page(@PathVariable long personId, Model model) {
        model.addAttribute("form", CareMinutesForm.blank(LocalDate.now(clock), submissions.newToken()));
        return show(personId, model);
    }

    @PostMapping("/persons/{personId}/care-minutes")
    String log(@PathVariable long personId, @Valid @ModelAttribute("form") CareMinutesForm form, BindingResult result,
            Model model) {
        access.require(personId, RecordAction.LOG_CARE_MINUTES);
        return FormSubmission.attempt(result, () -> careMinutes.log(personId, form))
                .map(id -> "redirect:/persons/" + personId + "/care-minutes#months").orElseGet(() -> show(personId, model));
    }

    @GetMapping("/persons/{personId}/care-minutes/{minutesId}/reversal")
    String reversalForm(@PathVariable long personId, @PathVariable long minutesId, Model model) {
        access.require(personId, RecordAction.LOG_CARE_MINUTES);
        model.addAttribute("form", new CareMinutesReversal(null));
        return reversal(personId, minutesId, model);
    }

    @PostMapping("/persons/{personId}/care-minutes/{minutesId}/reversal")
    String reverse(@PathVariable long personId, @PathVariable long minutesId,
            @Valid @ModelAttribute("form") CareMinutesReversal form, BindingResult result, Model model) {
        access.require(personId, RecordAction.LOG_CARE_MINUTES);
        return FormSubmission.attempt(result, () -> careMinutes.reverse(personId, minutesId, form))
                .map(id -> "redirect:/persons/" + personId + "/care-minutes#months")
                .orElseGet(() -> reversal(personId, minutesId, model));
    }

    private String reversal(long personId, long minutesId, Model model) {
        model.addAttribute("personId", personId);
        model.addAttribute("entry", careMinutes.entry(personId, minutesId));
        return REVERSAL;
    }

    private String show(long personId, Model model) {
        model.addAttribute("personId", personId);
        model.addAttribute("person", persons.get(personId));
        model.addAttribute("months", careMinutes.months(personId));
        model.addAttribute("kinds", Arrays.asList(CareActivity.values()));
        model.addAttribute("mayLog", access.permits(personId, RecordAction.LOG_CARE_MINUTES));
        return PAGE;
    }

    @GetMapping("/care-minutes/report")
    String report(@RequestParam(required = false) String month, Model model, HttpServletResponse response) {
        careMinutes.requireMayReport();
        Optional<YearMonth> parsed = month(month);
        model.addAttribute("month", month == null ? YearMonth.now(clock).toString() : month);
        if (parsed.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("monthError", MONTH_FORMAT);
            return REPORT;
        }
        model.addAttribute("report", careMinutes.report(parsed.get()));
        return REPORT;
    }

    @GetMapping("/care-minutes/report.csv")
    ResponseEntity<byte[]> reportCsv(@RequestParam(required = false) String month) {
        careMinutes.requireMayReport();
        Optional<YearMonth> parsed = month(month);
        if (parsed.isEmpty()) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body(("Cannot make the report: " + MONTH_FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
        }
        CareMinutesReport report = careMinutes.report(parsed.get());
        return Download.of(report.csv().getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "care-management-" + report.month() + ".csv");
    }

    /** The month asked for, this month when none; empty when the text is not a year and month. */
    private Optional<YearMonth> month(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(YearMonth.now(clock));
        }
        try {
            return Optional.of(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
