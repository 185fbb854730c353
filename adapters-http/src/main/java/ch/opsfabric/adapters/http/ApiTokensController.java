package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.ManageApiTokensUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** An owner's API tokens for integrations; a token acts with the owner's rights. */
@Controller("/api/tokens")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "people")
@OwnersOnlyApi
class ApiTokensController {

    private final ManageApiTokensUseCase tokens;

    ApiTokensController(ManageApiTokensUseCase tokens) {
        this.tokens = tokens;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "listApiTokens", summary = "The tokens not revoked, oldest first, without secrets")
    @ApiResponse(responseCode = "200", description = "the tokens",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ApiTokenAnswer.class))))
    List<ApiTokenAnswer> list(HttpRequest<?> request) {
        return tokens.tokens(StaffBearer.callerOf(request)).stream().map(ApiTokenAnswer::of).toList();
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiToken", summary = "Create a named token; the answer shows it this once")
    @ApiResponse(responseCode = "201", description = "the token, with its secret in `token`",
            content = @Content(schema = @Schema(implementation = ApiTokenAnswer.class)))
    @ApiResponse(responseCode = "409", description = "a token of this name exists",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "invalid or unknown field, named in `field`",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    HttpResponse<ApiTokenAnswer> create(HttpRequest<?> request, @Body @Nullable ApiTokenRequest body) {
        var created = tokens.create(StaffBearer.callerOf(request), JsonRequests.present(body).name());
        var token = created.token();
        return HttpResponse.created(new ApiTokenAnswer(token.id(), token.name(), token.createdAt(), created.secret()));
    }

    @Delete("/{id}")
    @Operation(operationId = "revokeApiToken", summary = "Revoke a token; it is refused (401) from then on")
    @ApiResponse(responseCode = "204", description = "revoked")
    @ApiResponse(responseCode = "404", description = "no such token at this business, or revoked already",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    HttpResponse<Void> revoke(HttpRequest<?> request, @PathVariable String id) {
        tokens.revoke(StaffBearer.callerOf(request), Ids.parse(id, "API token"));
        return HttpResponse.noContent();
    }
}
