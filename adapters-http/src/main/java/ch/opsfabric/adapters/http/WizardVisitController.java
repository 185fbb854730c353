package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.RecordWizardVisitUseCase;
import ch.opsfabric.domain.InvalidValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/**
 * Public like {@code POST /api/ticket}: the wizard reports that it was opened, which the monthly
 * report's captured rate divides by, and gets the visit's id back; naming it as {@code visit_id}
 * when it submits counts the visit as captured. Other fields are ignored, so a newer wizard is
 * never refused.
 */
@Controller("/api/wizard")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "wizard")
class WizardVisitController {

    private final RecordWizardVisitUseCase visits;

    WizardVisitController(RecordWizardVisitUseCase visits) {
        this.visits = visits;
    }

    @TooManyRequestsResponse
    @Post(value = "/visit", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordWizardVisit", summary = "Count one opened wizard")
    @ApiResponse(responseCode = "200", description = "counted: {\"visit_id\": …}, to send along with the request")
    @ApiResponse(responseCode = "404", description = "no business with this slug")
    @ApiResponse(responseCode = "422", description = "customer_slug missing")
    VisitCounted visit(@Body @Nullable WizardVisit visit) {
        var slug = JsonRequests.present(visit).customerSlug();
        if (slug == null || slug.isBlank()) {
            throw new InvalidValue("customer_slug", "is required");
        }
        return new VisitCounted(visits.visit(slug.strip()));
    }

    @Serdeable
    record VisitCounted(@JsonProperty("visit_id") UUID visitId) {
    }

    /** The wizard of one business was opened; other fields are ignored. */
    @Serdeable
    record WizardVisit(@Nullable @JsonProperty("customer_slug") @Serdeable.Deserializable(using = JsonField.Text.class)
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String customerSlug) {
    }
}
