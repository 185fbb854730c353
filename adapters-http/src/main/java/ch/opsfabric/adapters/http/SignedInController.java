package ch.opsfabric.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/** Who the caller is, and for a session the token its state-changing requests must carry. */
@Controller("/api/me")
@Tag(name = "people")
@SecurityRequirement(name = OpenApiDocument.STAFF_TOKEN)
@SecurityRequirement(name = OpenApiDocument.STAFF_SESSION)
class SignedInController {

    @Serdeable
    record Me(String actor, String role, @JsonProperty("business_id") UUID businessId,
              @Nullable @JsonProperty("csrf_token") @JsonInclude(JsonInclude.Include.NON_NULL) String csrfToken) {
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "me", summary = "The caller: actor (staff:<id> or token:<name>), role, business",
            description = "For a session, csrf_token is what POST, PATCH and DELETE must carry in X-CSRF-Token.")
    @ApiResponse(responseCode = "200", description = "the caller",
            content = @Content(schema = @Schema(implementation = Me.class)))
    @ApiResponse(responseCode = "401", description = "not signed in, or a missing, unknown or revoked token",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    Me me(HttpRequest<?> request) {
        var caller = StaffBearer.callerOf(request);
        return new Me(caller.actor().code(), caller.role().code(), caller.tenant().id(),
                StaffBearer.csrfTokenOf(request).orElse(null));
    }
}
