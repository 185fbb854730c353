package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.ConverseUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Staff's notes and messages on one of their business's tickets, behind the staff token (the filter
 * {@link StaffBearer} covers {@code /api/tickets/**}); another business's ticket is answered like an unknown one.
 */
@Controller("/api/tickets/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "staff")
@SecurityRequirement(name = OpenApiDocument.STAFF_TOKEN)
@ApiResponse(responseCode = "401", description = "missing, unknown or revoked staff token",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "404", description = "no such ticket for this business",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "422", description = "invalid or unknown field, named in `field`",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
class TicketConversationController {

    private final ConverseUseCase conversation;

    TicketConversationController(ConverseUseCase conversation) {
        this.conversation = conversation;
    }

    @Post(value = "/notes", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "addNote", summary = "Add an internal note",
            description = "Kept in the ticket's timeline under the caller's name (event note_added); never sent "
                    + "to anyone.")
    @ApiResponse(responseCode = "201", description = "the note as it stands in the timeline",
            content = @Content(schema = @Schema(implementation = StaffTimelineEntry.class)))
    HttpResponse<StaffTimelineEntry> addNote(HttpRequest<?> request, @PathVariable String id,
                                             @Body @Nullable NoteRequest note) {
        var caller = StaffBearer.callerOf(request);
        var entry = conversation.addNote(caller, JsonRequests.present(note).command(StaffTicketsController.ticketId(id)));
        return HttpResponse.created(StaffTimelineEntry.of(entry));
    }

    @Post(value = "/messages", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "messageCustomer", summary = "Write to the customer by SMS or e-mail",
            description = "Queued in the durable SMS or e-mail queue (event message_sent). An SMS is normalised to "
                    + "GSM-7 where a look-alike allows and may take at most 3 segments (422 naming the count); it "
                    + "needs a mobile number that did not opt out (409 opted_out). Outside urgent, a message waits "
                    + "for the end of the business's quiet hours. A ticket without a phone or e-mail address for "
                    + "the channel is refused with 422 (field channel). An SMS the customer sends back within 14 "
                    + "days joins the ticket as message_received.")
    @ApiResponse(responseCode = "201", description = "queued; for an SMS its encoding and segments",
            content = @Content(schema = @Schema(implementation = SentMessageAnswer.class)))
    @ApiResponse(responseCode = "409", description = "opted_out: the customer's number told the business to stop",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    HttpResponse<SentMessageAnswer> send(HttpRequest<?> request, @PathVariable String id,
                                         @Body @Nullable MessageRequest message) {
        var caller = StaffBearer.callerOf(request);
        var sent = conversation.send(caller, JsonRequests.present(message).command(StaffTicketsController.ticketId(id)));
        return HttpResponse.created(SentMessageAnswer.of(sent));
    }
}
