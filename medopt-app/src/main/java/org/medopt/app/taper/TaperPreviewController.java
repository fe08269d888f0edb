package org.medopt.app.taper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.medopt.app.web.ApiController;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code POST /api/taper-plans/preview}: a taper request in, the planned steps out, exactly as {@code medopt taper}
 * prints them. A calculation only: nothing is read from or stored in anyone's record; the API sign-in of the call is
 * audited as every API call is.
 */
@ApiController("/api/taper-plans/preview")
class TaperPreviewController {

    private final TaperPreviews previews;

    TaperPreviewController(TaperPreviews previews) {
        this.previews = previews;
    }

    @Operation(summary = "Preview a taper plan for one drug, or an ordered schedule for several",
            description = "Stateless; fields, units, defaults and errors in docs/taper-api.md. Bad input answers "
                    + "400 problem JSON whose errors[0].field names the field at fault.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = TaperPreviewRequest.class))))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    TaperPreview preview(@RequestBody String request) {
        return previews.preview(request);
    }
}
