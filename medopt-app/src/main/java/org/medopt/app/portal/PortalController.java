package org.medopt.app.portal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.medopt.app.audit.AuditEvent;
import org.medopt.app.access.AccessLogService;
import org.medopt.app.access.EmergencyAccessService;
import org.medopt.app.account.AccountService;
import org.medopt.app.medication.MedicationChoices;
import org.medopt.app.medication.MedicationDetails;
import org.medopt.app.medication.MedicationEntry;
import org.medopt.app.medication.MedicationService;
import org.medopt.app.medication.OwnWords;
import org.medopt.app.person.PersonService;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.FormSubmission;
import org.medopt.knowledge.DrugCatalog;
import org.medopt.medication.MedicationKind;
import org.medopt.medication.RecordSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The person's own pages: their medication record, what they add themselves, and their own words. */
@Controller
class PortalController {

    private static final int RECENT_ACCESS_SHOWN = 10;
    private static final int ACCESS_PAGE_SIZE = 50;

    private final AccountService accounts;
    private final PersonService persons;
    private final MedicationService medications;
    private final AccessLogService accessLog;
    private final EmergencyAccessService emergencyAccess;
    private final SubmissionGuard submissions;
    private final DrugCatalog catalog;
    private final Clock clock;

    PortalController(AccountService accounts, PersonService persons, MedicationService medications, AccessLogService accessLog,
            EmergencyAccessService emergencyAccess, SubmissionGuard submissions, DrugCatalog catalog, Clock clock) {
        this.accounts = accounts;
        this.persons = persons;
        this.medications = medications;
        this.accessLog = accessLog;
        this.emergencyAccess = emergencyAccess;
        this.submissions = submissions;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/portal")
    String home(Model model) {
        long me = accounts.ownRecord();
        model.addAttribute("person", persons.get(me));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("record", medications.record(me));
        model.addAttribute("recentAccess", accessLog.byOthers(me, RECENT_ACCESS_SHOWN, 0));
        model.addAttribute("emergencyAccess", emergencyAccess.toRecordOf(me));
        return "portal/home";
    }

    /** Everyone else who opened the person's record, and why, a page at a time. */
    @GetMapping("/portal/access")
    String accessLog(@RequestParam(defaultValue = "0") int page, Model model) {
        int shown = Math.max(page, 0);
        List<AuditEvent> events = accessLog.byOthers(accounts.ownRecord(), ACCESS_PAGE_SIZE + 1, (long) shown * ACCESS_PAGE_SIZE);
        model.addAttribute("events", events.stream().limit(ACCESS_PAGE_SIZE).toList());
        model.addAttribute("page", shown);
        model.addAttribute("hasNext", events.size() > ACCESS_PAGE_SIZE);
        return "portal/access";
    }

    @GetMapping("/portal/medications/new")
    String newEntry(Model model) {
        model.addAttribute("form", MedicationDetails.blank(MedicationKind.OVER_THE_COUNTER, RecordSource.REPORTED_BY_PERSON,
                submissions.newToken()));
        return formPage(model);
    }

    @PostMapping("/portal/medications/new")
    String add(@Valid @ModelAttribute("form") MedicationDetails form, BindingResult result, Model model) {
        return FormSubmission.attempt(result, () -> medications.add(accounts.ownRecord(), form))
                .map(id -> "redirect:/portal#medications")
                .orElseGet(() -> formPage(model));
    }

    @GetMapping("/portal/medications/{entryId}/words")
    String ownWords(@PathVariable long entryId, Model model) {
        MedicationEntry entry = medications.get(accounts.ownRecord(), entryId);
        model.addAttribute("entry", entry);
        model.addAttribute("form", new OwnWords(entry.personPurpose(), entry.personExperience(), entry.version()));
        return "portal/own-words";
    }

    @PostMapping("/portal/medications/{entryId}/words")
    String changeOwnWords(@PathVariable long entryId, @Valid @ModelAttribute("form") OwnWords form, BindingResult result,
            Model model) {
        long me = accounts.ownRecord();
        return FormSubmission.attempt(result, () -> {
            medications.changeOwnWords(me, entryId, form);
            return entryId;
        }).map(id -> "redirect:/portal#medications").orElseGet(() -> {
            model.addAttribute("entry", medications.get(me, entryId));
            return "portal/own-words";
        });
    }

    private String formPage(Model model) {
        model.addAttribute("catalog", catalog);
        model.addAttribute("choices", MedicationChoices.SELF_REPORTED);
        return "portal/medication-form";
    }

}
