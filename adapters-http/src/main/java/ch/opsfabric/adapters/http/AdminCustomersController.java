package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.OwnerInvitationUseCase;
import ch.opsfabric.application.port.in.ProvisionTenantUseCase;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.PhoneNumber;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;

/**
 * The FlowSight operator's provisioning API, behind {@code ADMIN_TOKEN} ({@link SecretBearerFilter}).
 * With no token configured the API is off: an unset secret must never mean "open to everyone".
 */
@Controller("/api/admin/customers")
@Tag(name = "admin", description = "FlowSight's operator (Authorization: Bearer <ADMIN_TOKEN>)")
@ApiResponse(responseCode = "401", description = "missing or wrong admin token",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "422", description = "invalid or unknown field, named in `field`",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "503", description = "the admin API is off: ADMIN_TOKEN is not set",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminCustomersController {

    private final ProvisionTenantUseCase provisioning;
    private final OwnerInvitationUseCase owners;

    AdminCustomersController(ProvisionTenantUseCase provisioning, OwnerInvitationUseCase owners) {
        this.provisioning = provisioning;
        this.owners = owners;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "provisionBusiness", summary = "Provision a business",
            description = "Fields left out take their defaults. The answer carries the business's first API token "
                    + "(named provisioning) and its owner's invitation link (the business e-mail becomes the owner's "
                    + "sign-in; the link is e-mailed there too), both shown this once.")
    @ApiResponse(responseCode = "201", description = "the new business, with its staff token",
            content = @Content(schema = @Schema(implementation = TenantAnswer.class)))
    @ApiResponse(responseCode = "409", description = "the slug is taken",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    HttpResponse<TenantAnswer> create(@Body @Nullable TenantRequest request) {
        var provisioned = provisioning.provision(TenantJson.create(JsonRequests.present(request)));
        return HttpResponse.created(TenantAnswer.provisioned(provisioned.tenant(), provisioned.staffToken(),
                provisioned.ownerInvitationUrl()));
    }

    @Serdeable
    record OwnerInvitation(@JsonProperty("owner_invitation_url") String ownerInvitationUrl) {
    }

    @Post(value = "/{id}/owner-invitation", produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteOwnerAgain", summary = "A fresh invitation for the business's owner",
            description = "For the longest-standing active owner, e-mailed and answered this once (valid 72 hours); "
                    + "the owner's earlier invitation links stop working.")
    @ApiResponse(responseCode = "201", description = "the new link",
            content = @Content(schema = @Schema(implementation = OwnerInvitation.class)))
    @ApiResponse(responseCode = "404", description = "no such business, or it has no active owner",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    HttpResponse<OwnerInvitation> inviteOwnerAgain(@PathVariable String id) {
        return HttpResponse.created(new OwnerInvitation(owners.inviteOwnerAgain(tenantId(id))));
    }

    @Patch(value = "/{id}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeBusiness", summary = "Change the fields named; null clears an optional one")
    @ApiResponse(responseCode = "200", description = "the business after the change",
            content = @Content(schema = @Schema(implementation = TenantAnswer.class)))
    @ApiResponse(responseCode = "404", description = "no such business",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    TenantAnswer update(@PathVariable String id, @Body @Nullable TenantRequest request) {
        var tenantId = tenantId(id);
        var fields = JsonRequests.present(request);
        return TenantAnswer.of(provisioning.update(tenantId, current -> TenantJson.patch(current, fields)));
    }

    @Delete("/{id}/blocklist/{phone}")
    HttpResponse<Void> liftBlock(@PathVariable String id, @PathVariable String phone) {
        var number = PhoneNumber.parse(phone).orElseThrow(() -> new InvalidValue("phone", "is not a telephone number"));
        provisioning.liftBlock(tenantId(id), number);
        return HttpResponse.noContent();
    }

    private static UUID tenantId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            throw new NotFound("no business with id " + id);
        }
    }
}
