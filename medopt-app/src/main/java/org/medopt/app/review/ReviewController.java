package org.medopt.app.review;

import jakarta.validation.Valid;
import java.util.List;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.person.PersonService;
import org.medopt.app.web.FormSubmission;
import org.medopt.knowledge.Severity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The person's medication review: findings grouped by severity, each opening to why, what to consider and its source. */
@Controller
class ReviewController {

    private static final String PAGE = "review/page";

    private final ReviewService reviews;
    private final PersonService persons;
    private final AccessPolicy access;

    ReviewController(ReviewService reviews, PersonService persons, AccessPolicy access) {
        this.reviews = reviews;
        this.persons = persons;
        this.access = access;
    }

    @GetMapping("/persons/{personId}/review")
    String review(@PathVariable long personId, Model model) {
        model.addAttribute("form", new FindingResponse(null, null, null));
        return page(personId, model);
    }

    @PostMapping("/persons/{personId}/review/responses")
    String respond(@PathVariable long personId, @Valid @ModelAttribute("form") FindingResponse form,
            BindingResult result, Model model) {
        return FormSubmission.attempt(result, () -> {
            reviews.respond(personId, form);
            return ReviewedFinding.anchorOf(form.findingKey());
        }).map(anchor -> "redirect:/persons/" + personId + "/review#" + anchor).orElseGet(() -> page(personId, model));
    }

    private String page(long id, Model model) {
        PersonReview review = reviews.reviewOf(id);
        model.addAttribute("person", persons.get(id));
        model.addAttribute("review", review);
        model.addAttribute("severities", List.of(Severity.values()));
        model.addAttribute("mayRespond", access.permits(id, RecordAction.WRITE_MEDICATIONS));
        return PAGE;
    }
}
