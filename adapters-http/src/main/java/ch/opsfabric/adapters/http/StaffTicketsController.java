package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.in.BrowseTicketsUseCase;
import ch.opsfabric.application.port.in.ChangeTicketUseCase;
import ch.opsfabric.application.port.in.SubmitInquiryUseCase;
import ch.opsfabric.application.port.in.ChangeOutcome;
import ch.opsfabric.application.port.in.ListTicketsQuery;
import ch.opsfabric.domain.tenant.Tenant;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;

/**
 * The staff API: a business's own tickets, behind its staff token. Every request first resolves
 * the token to the business, and everything after is scoped to it; another business's ticket id
 * is answered like an unknown one (404).
 */
@Controller("/api/tickets")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "staff", description = "A business's tickets, for its staff (Authorization: Bearer <API token>, or a signed-in session)")
@SecurityRequirement(name = OpenApiDocument.STAFF_TOKEN)
@SecurityRequirement(name = OpenApiDocument.STAFF_SESSION)
@ApiResponse(responseCode = "401", description = "missing, unknown or revoked staff token",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
class StaffTicketsController {

    private final BrowseTicketsUseCase browse;
    private final ChangeTicketUseCase changes;
    private final SubmitInquiryUseCase intake;
    private final IntakeCounts counts;

    StaffTicketsController(BrowseTicketsUseCase browse, ChangeTicketUseCase changes,
                           SubmitInquiryUseCase intake, IntakeCounts counts) {
        this.browse = browse;
        this.changes = changes;
        this.intake = intake;
        this.counts = counts;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "listTickets", summary = "List tickets, newest first or by SLA deadline",
            description = "Cursor (keyset) pagination on (created_at, id), both descending: pass the previous "
                    + "page's next_cursor as cursor. Tickets created meanwhile never shift later pages. "
                    + "With sort=sla the list holds open tickets only, earliest sla_deadline first, paged on "
                    + "(sla_deadline, id) ascending; a cursor works only with the sort that gave it. "
                    + "Filters combine with AND; list filters take several values, repeated or comma-separated.")
    @ApiResponse(responseCode = "200", description = "one page",
            content = @Content(schema = @Schema(implementation = StaffTicketPage.class)))
    @ApiResponse(responseCode = "422", description = "invalid parameter, named in `field`",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    StaffTicketPage list(HttpRequest<?> request,
                        @Parameter(description = "page size, 1 to 200",
                                schema = @Schema(type = "integer", minimum = "1", maximum = "200", defaultValue = "50"))
                        @QueryValue @Nullable String limit,
                        @Parameter(description = "next_cursor of the previous page; leave out for the first page")
                        @QueryValue @Nullable String cursor,
                        @Parameter(description = "NEW, NEEDS_CALLBACK, SCHEDULED, IN_PROGRESS, DONE, CLOSED",
                                array = @ArraySchema(schema = @Schema(type = "string")))
                        @QueryValue @Nullable List<String> status,
                        @Parameter(description = "LOW, MED, HIGH",
                                array = @ArraySchema(schema = @Schema(type = "string")))
                        @QueryValue @Nullable List<String> urgency,
                        @Parameter(description = "wizard, missed_call, sms_reply, whatsapp, email, manual",
                                array = @ArraySchema(schema = @Schema(type = "string")))
                        @QueryValue @Nullable List<String> source,
                        @Parameter(description = "created at or after: an ISO-8601 instant (2026-11-24T09:00:00Z) "
                                + "or a date (2026-11-24), meaning the start of that day in the business's time zone")
                        @QueryValue @Nullable String from,
                        @Parameter(description = "created before: an ISO-8601 instant (exclusive) or a date, which "
                                + "includes that whole day in the business's time zone")
                        @QueryValue @Nullable String to,
                        @Parameter(description = "search: a telephone number in any spelling (079 123 45 67, "
                                + "+41 79 123 45 67) finds that number; other text is searched case-insensitively "
                                + "in contact name and summary, and a number fragment also in the phone")
                        @QueryValue @Nullable String q,
                        @Parameter(name = "assigned_to", description = "me (the signed-in staff member; refused "
                                + "for an API token), none, or a staff member's id")
                        @QueryValue("assigned_to") @Nullable String assignedTo,
                        @Parameter(description = "sla: open tickets, earliest SLA deadline first; created (the "
                                + "default): newest first", schema = @Schema(allowableValues = {"sla", "created"}))
                        @QueryValue @Nullable String sort) {
        var caller = StaffBearer.callerOf(request);
        var order = ListTicketsQuery.order(sort);
        var query = ListTicketsQuery.fromParameters(status, urgency, source, from, to, q,
                TicketCursor.decode(cursor, order), limit, assignedTo, sort, caller.actor());
        var page = browse.list(caller.tenant(), query);
        return new StaffTicketPage(page.items().stream().map(StaffTicket::of).toList(),
                page.next().map(position -> TicketCursor.encode(position, order)).orElse(null));
    }

    @Get(value = "/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "showTicket", summary = "One ticket with its events and its timeline, oldest first")
    @ApiResponse(responseCode = "200", description = "the ticket",
            content = @Content(schema = @Schema(implementation = StaffTicketDetail.class)))
    @ApiResponse(responseCode = "404", description = "no such ticket for this business",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    StaffTicketDetail detail(HttpRequest<?> request, @PathVariable String id) {
        var tenant = authenticate(request);
        return StaffTicketDetail.of(browse.detail(tenant, ticketId(id)));
    }

    @Patch(value = "/{id}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeTicket", summary = "Change status, appointment, contact, summary or assignee",
            description = "All named changes are applied in one transaction, or none. A status move follows the "
                    + "ticket state machine; entering SCHEDULED needs scheduled_at and sends the customer "
                    + "\"Ihr Termin bei {Betrieb}: {Datum/Zeit}.\" by SMS (outside quiet hours unless urgent). "
                    + "Entering DONE sets job_completed_at. assigned_to takes an active staff member of the "
                    + "business or null (422 otherwise, also for another business's person). Every change writes "
                    + "an event; the same status again changes nothing.")
    @ApiResponse(responseCode = "200", description = "the ticket after the change, with its events",
            content = @Content(schema = @Schema(implementation = StaffTicketDetail.class)))
    @ApiResponse(responseCode = "404", description = "no such ticket for this business",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409", description = "the state machine refuses this move; nothing was changed",
            content = @Content(schema = @Schema(implementation = RefusedMove.class)))
    @ApiResponse(responseCode = "422", description = "invalid or unknown field, named in `field`",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    HttpResponse<?> change(HttpRequest<?> request, @PathVariable String id,
                           @Body @Nullable TicketChangeRequest change) {
        var caller = StaffBearer.callerOf(request);
        var command = JsonRequests.present(change).command(ticketId(id));
        return switch (changes.change(caller.tenant(), caller.actor(), command)) {
            case ChangeOutcome.Applied applied -> HttpResponse.ok(StaffTicketDetail.of(applied.detail()));
            case ChangeOutcome.Refused refused ->
                    HttpResponse.status(HttpStatus.CONFLICT).body(RefusedMove.of(refused));
        };
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(operationId = "enterTicket", summary = "Enter a ticket by hand (source manual)",
            description = "Follows the intake rules of POST /api/ticket for the token's business: a request from "
                    + "the same contact on the same day joins the open ticket (200) instead of opening one (201), "
                    + "and the customer gets the usual SMS confirmation.")
    @ApiResponse(responseCode = "201", description = "a new ticket",
            content = @Content(schema = @Schema(implementation = StaffTicket.class)))
    @ApiResponse(responseCode = "200", description = "joined today's open ticket of the same contact",
            content = @Content(schema = @Schema(implementation = StaffTicket.class)))
    @ApiResponse(responseCode = "422", description = "invalid or unknown field, named in `field`",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    HttpResponse<StaffTicket> create(HttpRequest<?> request, @Body @Nullable ManualTicketRequest entry) {
        var caller = StaffBearer.callerOf(request);
        var tenant = caller.tenant();
        var outcome = counts.count("manual",
                () -> intake.submit(JsonRequests.present(entry).command(tenant.profile().slug()), caller.actor()));
        var ticket = StaffTicket.of(browse.detail(tenant, outcome.ticketId()).view());
        return outcome.dedupeMatched()
                ? HttpResponse.ok(ticket)
                : HttpResponse.<StaffTicket>created(ticket).header("Location", "/api/tickets/" + ticket.id());
    }

    private Tenant authenticate(HttpRequest<?> request) {
        return StaffBearer.tenantOf(request);
    }

    static UUID ticketId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAUuid) {
            throw new NotFound("no ticket with id " + id);
        }
    }
}
