package org.medopt.app.cdshooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.medopt.app.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The CDS Hooks endpoints: discovery, a call of each service, and feedback on each service's cards. The client is
 * the issuer of the verified JWT; invalid input is answered with problem details like the REST API's.
 */
@ApiController("/cds-services")
class CdsHooksController {

    private final CdsHooksService hooks;

    CdsHooksController(CdsHooksService hooks) {
        this.hooks = hooks;
    }

    @GetMapping
    Map<String, List<Description>> discovery() {
        return Map.of("services", List.of(CdsService.values()).stream().map(Description::of).toList());
    }

    @PostMapping("/medication-review")
    Map<String, List<CdsCard>> medicationReview(@RequestBody JsonNode call, JwtAuthenticationToken client) {
        return Map.of("cards", hooks.call(CdsService.MEDICATION_REVIEW, call, client.getName()));
    }

    @PostMapping("/medication-review-order-sign")
    Map<String, List<CdsCard>> orderSignReview(@RequestBody JsonNode call, JwtAuthenticationToken client) {
        return Map.of("cards", hooks.call(CdsService.ORDER_SIGN_REVIEW, call, client.getName()));
    }

    @PostMapping("/medication-review/feedback")
    @ResponseStatus(HttpStatus.OK)
    void medicationReviewFeedback(@RequestBody JsonNode feedback, JwtAuthenticationToken client) {
        hooks.feedback(CdsService.MEDICATION_REVIEW, feedback, client.getName());
    }

    @PostMapping("/medication-review-order-sign/feedback")
    @ResponseStatus(HttpStatus.OK)
    void orderSignReviewFeedback(@RequestBody JsonNode feedback, JwtAuthenticationToken client) {
        hooks.feedback(CdsService.ORDER_SIGN_REVIEW, feedback, client.getName());
    }

    @ExceptionHandler
    ProblemDetail prefetchMissing(PrefetchMissingException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
        problem.setType(URI.create("https://medopt.org/problems/prefetch-missing"));
        problem.setTitle("Prefetch missing");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail noClinician(NoClinicianException e) {
        return forbidden(e.getMessage());
    }

    /** The access policy refused the clinician the call names (the refusal is audited). */
    @ExceptionHandler
    ProblemDetail notPermitted(AccessDeniedException e) {
        return forbidden("The user in context.userId may not read this person's record: MedOpt staff read only the "
                + "records of persons on their care team, or under emergency access they opened.");
    }

    private static ProblemDetail forbidden(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setType(URI.create("https://medopt.org/problems/forbidden"));
        problem.setTitle("Not permitted");
        return problem;
    }

    /** A service as CDS Hooks 2.0 discovery describes it. */
    record Description(String hook, String title, String description, String id, Map<String, String> prefetch) {

        static Description of(CdsService service) {
            return new Description(service.hook(), service.title(), service.description(), service.id(), CdsService.PREFETCH);
        }
    }
}
