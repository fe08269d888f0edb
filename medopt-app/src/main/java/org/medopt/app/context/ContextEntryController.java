package org.medopt.app.context;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medopt.app.access.AccessPolicy;
import org.medopt.app.access.RecordAction;
import org.medopt.app.submission.SubmissionGuard;
import org.medopt.app.web.FormSubmission;
import org.medopt.knowledge.KnowledgeBase;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Staff pages to add conditions and results, resolve a condition, and mark either as entered in error. */
@Controller
class ContextEntryController {

    private static final String CONDITION_FORM = "context/condition-form";
    private static final String CONDITION_CLOSE = "context/condition-close";
    private static final String OBSERVATION_FORM = "context/observation-form";
    private static final String OBSERVATION_CLOSE = "context/observation-close";

    private final ClinicalContextService context;
    private final SubmissionGuard submissions;
    private final AccessPolicy access;
    private final Clock clock;
    private final KnowledgeBase knowledge;

    ContextEntryController(ClinicalContextService context, SubmissionGuard submissions,
            AccessPolicy access, Clock clock, KnowledgeBase knowledge) {
        this.context = context;
        this.submissions = submissions;
        this.access = access;
        this.clock = clock;
        this.knowledge = knowledge;
    }

    @ModelAttribute
    void choices(@PathVariable long personId, Model model) {
        model.addAttribute("personId", personId);
        model.addAttribute("systems", CodeSystem.values());
        model.addAttribute("knownTests", knownTests());
    }

    /** The tests the review's monitoring protocols read first, then any other test already recorded in MedOpt. */
    private List<KnownTest> knownTests() {
        Map<String, KnownTest> byCode = new LinkedHashMap<>();
        knowledge.monitoredTests().forEach(t -> byCode.put(t.loinc(), new KnownTest(t.loinc(), t.display())));
        context.knownTests().forEach(t -> byCode.putIfAbsent(t.code(), t));
        return List.copyOf(byCode.values());
    }

    @GetMapping("/persons/{personId}/conditions/new")
    String newCondition(@PathVariable long personId, Model model) {
        access.require(personId, RecordAction.WRITE_CLINICAL_CONTEXT);
        model.addAttribute("form", ConditionDetails.blank(submissions.newToken()));
        return CONDITION_FORM;
    }

    @PostMapping("/persons/{personId}/conditions/new")
    String addCondition(@PathVariable long personId, @Valid @ModelAttribute("form") ConditionDetails form,
            BindingResult result) {
        access.require(personId, RecordAction.WRITE_CLINICAL_CONTEXT);
        return FormSubmission.attempt(result, () -> context.addCondition(personId, form))
                .map(id -> "redirect:/persons/" + personId + "/context#conditions").orElse(CONDITION_FORM);
    }

    @GetMapping("/persons/{personId}/conditions/{conditionId}/close")
    String closeConditionForm(@PathVariable long personId, @PathVariable long conditionId, Model model) {
        access.require(personId, RecordAction.WRITE_CLINICAL_CONTEXT);
        model.addAttribute("form", new ConditionClosure("resolved", LocalDate.now(clock), null));
        model.addAttribute("condition", context.condition(personId, conditionId));
        return CONDITION_CLOSE;
    }

    @PostMapping("/persons/{personId}/conditions/{conditionId}/close")
    String closeCondition(@PathVariable long personId, @PathVariable long conditionId,
            @Valid @ModelAttribute("form") ConditionClosure form, BindingResult result, Model model) {
        access.require(personId, RecordAction.WRITE_CLINICAL_CONTEXT);
        return FormSubmission.attempt(result, () -> {
            context.closeCondition(personId, conditionId, form);
            return conditionId;
        }).map(id -> "redirect:/persons/" + personId + "/context#conditions").orElseGet(() -> {
            model.addAttribute("condition", context.condition(personId, conditionId));
            return CONDITION_CLOSE;
        });
    }

    @GetMapping("/persons/{personId}/observations/new")
    String newObservation(@PathVariable long personId, Model model) {
        access.require(personId, RecordAction.WRITE_CLINICAL_CONTEXT);
        model.addAttribute("form", ObservationDetails.blank(LocalDate.now(clock), submissions.newToken()));
        return OBSERVATION_FORM;
    }

    @PostMapping("/persons/{personId}/observations/new")
    String addObservation(@PathVariable long personId, @Valid @ModelAttribute("form") ObservationDetails form,
            BindingResult result) {
        access.require(personId, RecordAction.WRITE_CLINICAL_CONTEXT);
        return FormSubmission.attempt(result, () -> context.addObservation(personId, form))
                .map(id -> "redirect:/persons/" + personId + "/context#observations").orElse(OBSERVATION_FORM);
    }

    @GetMapping("/persons/{personId}/observations/{observationId}/close")
    String retractForm(@PathVariable long personId, @PathVariable long observationId, Model model) {
        access.require(personId, RecordAction.WRITE_CLINICAL_CONTEXT);
        model.addAttribute("form", new ObservationRetraction(null));
        model.addAttribute("observation", context.observation(personId, observationId));
        return OBSERVATION_CLOSE;
    }

    @PostMapping("/persons/{personId}/observations/{observationId}/close")
    String retract(@PathVariable long personId, @PathVariable long observationId,
            @Valid @ModelAttribute("form") ObservationRetraction form, BindingResult result, Model model) {
        access.require(personId, RecordAction.WRITE_CLINICAL_CONTEXT);
        return FormSubmission.attempt(result, () -> {
            context.retractObservation(personId, observationId, form);
            return observationId;
        }).map(id -> "redirect:/persons/" + personId + "/context#observations").orElseGet(() -> {
            model.addAttribute("observation", context.observation(personId, observationId));
            return OBSERVATION_CLOSE;
        });
    }
}
