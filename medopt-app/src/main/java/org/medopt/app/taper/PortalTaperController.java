package org.medopt.app.taper;

import org.medopt.app.account.AccountService;
import org.medopt.app.person.PersonService;
import org.medopt.app.web.Download;
import org.medopt.app.web.FormSubmission;
import org.medopt.app.web.RecordNotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The person's taper plan on their phone: today's dose, what comes next, and "How are you doing?". */
@Controller
class PortalTaperController {

    private final AccountService accounts;
    private final TaperCheckInService checkIns;
    private final PersonService persons;
    private final DoseChart chart;
    private final TaperPdfs pdfs;

    PortalTaperController(AccountService accounts, TaperCheckInService checkIns, PersonService persons, DoseChart chart,
            TaperPdfs pdfs) {
        this.accounts = accounts;
        this.checkIns = checkIns;
        this.persons = persons;
        this.chart = chart;
        this.pdfs = pdfs;
    }

    @GetMapping("/portal/taper")
    String page(Model model) {
        model.addAttribute("form", new CheckInForm());
        return page(accounts.ownRecord(), model);
    }

    @PostMapping("/portal/taper/check-ins")
    String checkIn(@ModelAttribute("form") CheckInForm form, BindingResult result, Model model) {
        long me = accounts.ownRecord();
        return FormSubmission.attempt(result, () -> checkIns.checkIn(me, form))
                .map(adjustment -> "redirect:/portal/taper?checkedIn#changes").orElseGet(() -> page(me, model));
    }

    /** The person's own day-by-day calendar of their running plan, to print and tick off. */
    @GetMapping(value = "/portal/taper/calendar.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> calendar() {
        long me = accounts.ownRecord();
        PortalTaper taper = checkIns.runningPlan(me)
                .orElseThrow(() -> new RecordNotFoundException("running taper plan of person", me));
        return Download.of(pdfs.calendar(persons.get(me).displayName(), taper.details().printView()),
                MediaType.APPLICATION_PDF, "my-taper-calendar.pdf");
    }

    private String page(long me, Model model) {
        PortalTaper taper = checkIns.runningPlan(me).orElse(null);
        model.addAttribute("taper", taper);
        if (taper != null) {
            model.addAttribute("chart", chart.draw(taper.plan().steps(), taper.details().chartPoints(), taper.today()));
        }
        return "taper/portal";
    }
}
