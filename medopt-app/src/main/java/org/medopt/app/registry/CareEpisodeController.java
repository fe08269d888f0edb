package org.medopt.app.registry;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.person.PersonService;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A person's collaborative care: their episodes, the open one's progress against the cited rule, the day of the next
 * contact, and the psychiatric case-review list. Each form, refused, comes back at its fields with what was typed.
 */
@Controller
class CareEpisodeController {

    private static final String PAGE = "registry/episode";

    private final CareEpisodeService episodes;
    private final CaseReviewService caseReviews;
    private final RegistryService registry;
    private final PersonService persons;
    private final AccessPolicy access;
    private final SubmissionGuard submissions;
    private final Clock clock;

    CareEpisodeController(CareEpisodeService episodes, CaseReviewService caseReviews, RegistryService registry,
            PersonService persons, AccessPolicy access, SubmissionGuard submissions, Clock clock) {
        this.episodes = episodes;
        this.caseReviews = caseReviews;
        this.registry = registry;
        this.persons = persons;
        this.access = access;
        this.submissions = submissions;
        this.clock = clock;
    }

    @GetMapping("/persons/{personId}/care-episode")
    String page(@PathVariable long personId, Model model) {
        return show(personId, model);
    }

    @PostMapping("/persons/{personId}/care-episode")
    String start(@PathVariable long personId, @Valid @ModelAttribute("start") EpisodeStart form, BindingResult result,
            Model model) {
        return saved(personId, "start", result, model, () -> episodes.start(personId, form));
    }

    @PostMapping("/persons/{personId}/care-episode/next-contact")
    String nextContact(@PathVariable long personId, @Valid @ModelAttribute("nextContact") NextContact form,
            BindingResult result, Model model) {
        return saved(personId, "nextContact", result, model, () -> {
            episodes.setNextContact(personId, form);
            return personId;
        });
    }

    @PostMapping("/persons/{personId}/care-episode/end")
    String end(@PathVariable long personId, @Valid @ModelAttribute("end") EpisodeEnd form, BindingResult result,
            Model model) {
        return saved(personId, "end", result, model, () -> {
            episodes.end(personId, form);
            return personId;
        });
    }

    @PostMapping("/persons/{personId}/case-review")
    String addToCaseReview(@PathVariable long personId, @Valid @ModelAttribute("caseReview") CaseReviewRequest form,
            BindingResult result, Model model) {
        return saved(personId, "caseReview", result, model, () -> caseReviews.add(personId, form));
    }

    @PostMapping("/persons/{personId}/case-review/recommendation")
    String recommend(@PathVariable long personId, @Valid @ModelAttribute("recommendation") Recommendation form,
            BindingResult result, Model model) {
        return saved(personId, "recommendation", result, model, () -> {
            caseReviews.recommend(personId, form);
            return personId;
        });
    }

    /**
     * Refuses before looking at the form when the signed-in staff member may not manage the episode. A refused form is
     * shown again as {@code refused}, even where the page would not offer it now (a start while an episode is open).
     */
    private String saved(long personId, String form, BindingResult result, Model model, Supplier<Long> save) {
        access.require(personId, RecordAction.MANAGE_CARE_EPISODES);
        return FormSubmission.attempt(result, save).map(id -> "redirect:/persons/" + personId + "/care-episode")
                .orElseGet(() -> {
                    model.addAttribute("refused", form);
                    return show(personId, model);
                });
    }

    private String show(long personId, Model model) {
        LocalDate today = LocalDate.now(clock);
        Optional<RegistryLine> line = registry.line(personId);
        model.addAttribute("personId", personId);
        model.addAttribute("person", persons.get(personId));
        model.addAttribute("episodes", episodes.episodes(personId));
        model.addAttribute("line", line.orElse(null));
        model.addAttribute("entries", caseReviews.entries(personId));
        model.addAttribute("mayManage", access.permits(personId, RecordAction.MANAGE_CARE_EPISODES));
        model.addAttribute("programs", Arrays.asList(CareProgram.values()));
        model.addAttribute("rules", registry.rules());
        addIfAbsent(model, "start", EpisodeStart.blank(today, submissions.newToken()));
        addIfAbsent(model, "nextContact", new NextContact(line.map(l -> l.episode().nextContactDue()).orElse(null)));
        addIfAbsent(model, "end", new EpisodeEnd(today, null));
        addIfAbsent(model, "caseReview", new CaseReviewRequest(line.filter(l -> l.progress().notImproving())
                .map(l -> l.progress().status().label() + ": " + l.phq9().described()).orElse(null)));
        addIfAbsent(model, "recommendation", new Recommendation(null, null));
        return PAGE;
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
