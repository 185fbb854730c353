package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.ManageStaffUseCase;
import ch.opsfabric.application.port.in.StaffMemberChange;
import ch.opsfabric.domain.InvalidValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
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

/** An owner manages the business's people; staff are answered 403, another business's ids 404. */
@Controller("/api/staff-members")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "people", description = "A business's people and API tokens, for its owners")
@OwnersOnlyApi
class StaffMembersController {

    private final ManageStaffUseCase staff;

    StaffMembersController(ManageStaffUseCase staff) {
        this.staff = staff;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "listStaffMembers", summary = "The business's people, oldest first")
    @ApiResponse(responseCode = "200", description = "everyone, deactivated people included",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = StaffMemberAnswer.class))))
    List<StaffMemberAnswer> list(HttpRequest<?> request) {
        return staff.members(StaffBearer.callerOf(request)).stream().map(StaffMemberAnswer::of).toList();
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteStaffMember", summary = "Invite a person",
            description = "The person gets an invitation e-mail with a link to set a password (valid 72 hours); "
                    + "the answer carries the same link, shown this once.")
    @ApiResponse(responseCode = "201", description = "the new member, with invitation_url",
            content = @Content(schema = @Schema(implementation = StaffMemberAnswer.class)))
    @ApiResponse(responseCode = "409", description = "the e-mail address belongs to someone at this business",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "invalid or unknown field, named in `field`",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    HttpResponse<StaffMemberAnswer> invite(HttpRequest<?> request, @Body @Nullable StaffMemberRequest body) {
        var caller = StaffBearer.callerOf(request);
        var fields = JsonRequests.present(body);
        if (fields.active() != null) {
            throw new InvalidValue("active", "a new member is active; leave it out");
        }
        var invited = staff.invite(caller, fields.name(), fields.email(), fields.role());
        return HttpResponse.created(StaffMemberAnswer.invited(invited.member(), invited.invitationUrl()));
    }

    @Patch(value = "/{id}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeStaffMember", summary = "Change a person's name, role or whether they are active",
            description = "Deactivating ends the person's sessions at once. A business keeps at least one active "
                    + "owner.")
    @ApiResponse(responseCode = "200", description = "the member after the change",
            content = @Content(schema = @Schema(implementation = StaffMemberAnswer.class)))
    @ApiResponse(responseCode = "404", description = "no such member at this business",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "it would leave the business without an active owner",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "invalid or unknown field, named in `field`",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    StaffMemberAnswer change(HttpRequest<?> request, @PathVariable String id, @Body @Nullable StaffMemberRequest body) {
        var caller = StaffBearer.callerOf(request);
        var memberId = Ids.parse(id, "staff member");
        var fields = JsonRequests.present(body);
        if (fields.email() != null) {
            throw new InvalidValue("email", "cannot be changed; invite the new address instead");
        }
        return StaffMemberAnswer.of(staff.change(caller, memberId,
                new StaffMemberChange(fields.name(), fields.role(), fields.active())));
    }
}
