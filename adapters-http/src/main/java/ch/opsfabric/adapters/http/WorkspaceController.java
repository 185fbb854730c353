package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.NotFound;
import ch.opsfabric.application.port.OptedOut;
import ch.opsfabric.application.port.in.BrowseTicketsUseCase;
import ch.opsfabric.application.port.in.ChangeOutcome;
import ch.opsfabric.application.port.in.ChangeTicketCommand;
import ch.opsfabric.application.port.in.ChangeTicketUseCase;
import ch.opsfabric.application.port.in.ConverseUseCase;
import ch.opsfabric.application.port.in.Edit;
import ch.opsfabric.application.port.in.ListTicketsQuery;
import ch.opsfabric.application.port.in.ManageStaffUseCase;
import ch.opsfabric.application.port.in.MessageCommand;
import ch.opsfabric.application.port.in.NoteCommand;
import ch.opsfabric.application.port.in.SignInUseCase;
import ch.opsfabric.application.port.in.StaffSession;
import ch.opsfabric.application.port.in.TicketDetail;
import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.people.StaffMember;
import ch.opsfabric.domain.phone.NumberingPlan;
import ch.opsfabric.domain.ticket.TicketStatus;
import ch.opsfabric.domain.ticket.Urgency;
import ch.opsfabric.domain.ticket.TicketSource;
import ch.opsfabric.domain.time.SlaCalculator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The staff workspace's ticket pages: the list (live through GET /api/stream in {@code assets/workspace.js}) and
 * one ticket with its timeline and the forms to move, schedule, assign, answer and annotate it. Every form is a
 * plain POST carrying the session's CSRF token, answered with a redirect back to the ticket (or the page again
 * with the service's message when it refuses); they work without JavaScript. A visitor without a session is sent
 * to the sign-in page, which brings them back here.
 */
@Controller("/app/tickets")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "pages")
class WorkspaceController {

    private static final String PAGE_SIZE = "50";
    private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final SignInUseCase signIn;
    private final BrowseTicketsUseCase browse;
    private final ChangeTicketUseCase changes;
    private final ConverseUseCase conversation;
    private final ManageStaffUseCase staff;
    private final NumberingPlan numbers;
    private final SlaCalculator sla;
    private final Clock clock;

    WorkspaceController(SignInUseCase signIn, BrowseTicketsUseCase browse, ChangeTicketUseCase changes,
                        ConverseUseCase conversation, ManageStaffUseCase staff, NumberingPlan numbers,
                        SlaCalculator sla, Clock clock) {
        this.signIn = signIn;
        this.browse = browse;
        this.changes = changes;
        this.conversation = conversation;
        this.staff = staff;
        this.numbers = numbers;
        this.sla = sla;
        this.clock = clock;
    }

    @Operation(operationId = "ticketListPage", summary = "The ticket list, newest first, 50 a page",
            description = "Filters as GET /api/tickets (status, urgency, source, assigned_to, q, cursor). "
                    + "Not signed in: 303 to /app/login?next=….")
    @ApiResponse(responseCode = "200", description = "the page (German HTML)")
    @ApiResponse(responseCode = "422", description = "an invalid filter, named on the page")
    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> list(HttpRequest<?> request, @QueryValue @Nullable String status,
                         @QueryValue @Nullable String urgency, @QueryValue @Nullable String source,
                         @QueryValue("assigned_to") @Nullable String assignedTo, @QueryValue @Nullable String q,
                         @QueryValue @Nullable String cursor) {
        var session = session(request);
        if (session.isEmpty()) {
            return toSignIn(request);
        }
        var caller = session.get().caller();
        var filters = new LinkedHashMap<String, String>();
        filters.put("status", blankToNull(status));
        filters.put("urgency", blankToNull(urgency));
        filters.put("source", blankToNull(source));
        filters.put("assigned_to", blankToNull(assignedTo));
        filters.put("q", blankToNull(q));
        var model = workspace(session.get(), "tickets");
        model.put("filters", filters);
        model.put("statuses", options(TicketStatus.values(), WorkspaceLabels.STATUS));
        model.put("urgencies", options(Urgency.values(), WorkspaceLabels.URGENCY));
        model.put("sources", Arrays.stream(TicketSource.values())
                .collect(Collectors.toMap(TicketSource::code, WorkspaceLabels.SOURCE::get, (a, b) -> a,
                        LinkedHashMap::new)));
        var colleagues = staff.colleagues(caller);
        model.put("people", active(colleagues));
        model.put("exportUrl", withFilters("/api/tickets/export", filters).queryParam("format", "csv").toString());
        model.put("mineUrl", withFilters("/app/tickets", with(filters, "assigned_to", "me")).toString());
        try {
            var order = ListTicketsQuery.order(null);
            var query = ListTicketsQuery.fromParameters(listOf(status), listOf(urgency), listOf(source), null, null,
                    blankToNull(q), TicketCursor.decode(blankToNull(cursor), order), PAGE_SIZE,
                    blankToNull(assignedTo), null, caller.actor());
            var page = browse.list(caller.tenant(), query);
            var people = byId(colleagues);
            var now = clock.instant();
            model.put("tickets", page.items().stream()
                    .map(view -> TicketCard.of(view, caller.tenant(), people, numbers, sla, now)).toList());
            model.put("moreUrl", page.next().map(next -> withFilters("/app/tickets", filters)
                    .queryParam("cursor", TicketCursor.encode(next, order)).toString()).orElse(null));
            model.put("firstPage", cursor == null || cursor.isBlank());
            return HttpResponse.ok(new ModelAndView<>("staff/tickets", model));
        } catch (InvalidValue invalid) {
            model.put("tickets", List.of());
            model.put("error", "Filter «" + invalid.field() + "»: " + invalid.reason());
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ModelAndView<>("staff/tickets", model));
        }
    }

    @Operation(operationId = "ticketPage", summary = "One ticket: timeline, moves, appointment, reply, notes",
            description = "404 page for an unknown id or another business's ticket. "
                    + "Not signed in: 303 to /app/login?next=/app/tickets/{id}.")
    @ApiResponse(responseCode = "200", description = "the page (German HTML)")
    @ApiResponse(responseCode = "404", description = "no such ticket for this business")
    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> detail(HttpRequest<?> request, @PathVariable String id) {
        var session = session(request);
        if (session.isEmpty()) {
            return toSignIn(request);
        }
        return page(session.get(), id, HttpStatus.OK, null, Map.of());
    }

    @Operation(operationId = "changeTicketPage", summary = "Move, schedule, assign or re-rate the ticket (a form)",
            description = "Fields as PATCH /api/tickets/{id}: status, scheduled_at (local date and time in the "
                    + "business's time zone, yyyy-MM-ddTHH:mm), assigned_to (empty: nobody), urgency; only those "
                    + "sent change. 303 back to the ticket; 409 or 422 shows the page with the service's message.")
    @ApiResponse(responseCode = "303", description = "changed; back to the ticket")
    @ApiResponse(responseCode = "403", description = "the form's CSRF token does not match the session")
    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> change(HttpRequest<?> request, @PathVariable String id, @Body @Nullable Map<String, String> form) {
        return act(request, id, form, (session, ticketId) -> {
            var fields = form == null ? Map.<String, String>of() : form;
            var zone = session.caller().tenant().profile().timezone();
            var command = new ChangeTicketCommand(ticketId, edit(fields, "status"),
                    edit(fields, "scheduled_at").map(local -> instantIn(local, zone)), Edit.keep(), Edit.keep(),
                    Edit.keep(), Edit.keep(), edit(fields, "assigned_to").map(WorkspaceController::blankToNull),
                    edit(fields, "urgency"));
            return switch (changes.change(session.caller().tenant(), session.caller().actor(), command)) {
                case ChangeOutcome.Applied applied -> null;
                case ChangeOutcome.Refused refused -> "Dieser Schritt ist nicht möglich: von «"
                        + WorkspaceLabels.STATUS.get(refused.from()) + "» nicht zu «"
                        + WorkspaceLabels.STATUS.get(refused.to()) + "».";
            };
        });
    }

    @Operation(operationId = "messageCustomerPage", summary = "Write to the customer (a form: text, channel, urgent)",
            description = "As POST /api/tickets/{id}/messages; 303 back to the ticket, or the page with the "
                    + "service's message (422, 409 for an opted-out number).")
    @ApiResponse(responseCode = "303", description = "queued; back to the ticket")
    @ApiResponse(responseCode = "403", description = "the form's CSRF token does not match the session")
    @Post(value = "/{id}/messages", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> message(HttpRequest<?> request, @PathVariable String id, @Body @Nullable Map<String, String> form) {
        return act(request, id, form, (session, ticketId) -> {
            var fields = form == null ? Map.<String, String>of() : form;
            conversation.send(session.caller(), MessageCommand.of(ticketId, lineFeeds(fields.get("text")),
                    fields.getOrDefault("channel", "sms"), fields.containsKey("urgent")));
            return null;
        });
    }

    @Operation(operationId = "addNotePage", summary = "Add an internal note (a form: text)")
    @ApiResponse(responseCode = "303", description = "kept; back to the ticket")
    @ApiResponse(responseCode = "403", description = "the form's CSRF token does not match the session")
    @Post(value = "/{id}/notes", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> note(HttpRequest<?> request, @PathVariable String id, @Body @Nullable Map<String, String> form) {
        return act(request, id, form, (session, ticketId) -> {
            var fields = form == null ? Map.<String, String>of() : form;
            conversation.addNote(session.caller(), new NoteCommand(ticketId, lineFeeds(fields.get("text"))));
            return null;
        });
    }

    /** A form's step: null when done, else the German message to show above the forms. */
    private interface Step {
        String run(StaffSession session, UUID ticketId);
    }

    private HttpResponse<?> act(HttpRequest<?> request, String id, Map<String, String> form, Step step) {
        var session = session(request);
        if (session.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/app/login?next=" + encode("/app/tickets/" + id)));
        }
        if (!SessionCookies.same(session.get().csrfToken(), form == null ? null : form.get("csrf"))) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(new ModelAndView<>("staff/refused", new HashMap<>()));
        }
        var fields = form == null ? Map.<String, String>of() : form;
        try {
            var refused = step.run(session.get(), StaffTicketsController.ticketId(id));
            return refused == null ? HttpResponse.seeOther(URI.create("/app/tickets/" + id))
                    : page(session.get(), id, HttpStatus.CONFLICT, refused, fields);
        } catch (InvalidValue invalid) {
            return page(session.get(), id, HttpStatus.UNPROCESSABLE_ENTITY,
                    "Nicht ausgeführt («" + invalid.field() + "»): " + invalid.reason(), fields);
        } catch (OptedOut optedOut) {
            return page(session.get(), id, HttpStatus.CONFLICT,
                    "Nicht gesendet: Diese Nummer hat SMS abbestellt. Schreiben Sie per E-Mail.", fields);
        } catch (NotFound unknown) {
            return notFound(session.get());
        }
    }

    private HttpResponse<?> page(StaffSession session, String id, HttpStatus status, String error,
                                 Map<String, String> typed) {
        var caller = session.caller();
        TicketDetail detail;
        try {
            detail = browse.detail(caller.tenant(), StaffTicketsController.ticketId(id));
        } catch (NotFound unknown) {
            return notFound(session);
        }
        var colleagues = staff.colleagues(caller);
        var people = byId(colleagues);
        var zone = caller.tenant().profile().timezone();
        var ticket = detail.view().ticket();
        var model = workspace(session, "tickets");
        model.put("ticket", TicketCard.of(detail.view(), caller.tenant(), people, numbers, sla, clock.instant()));
        model.put("timeline", detail.timeline().reversed().stream()
                .map(entry -> TimelineLine.of(entry, zone, people)).toList());
        model.put("moves", ticket.status().allowedNext().stream().filter(next -> next != TicketStatus.SCHEDULED)
                .sorted().collect(Collectors.toMap(TicketStatus::name, WorkspaceLabels.STATUS::get, (a, b) -> a,
                        LinkedHashMap::new)));
        model.put("canSchedule", ticket.status() == TicketStatus.SCHEDULED
                || ticket.status().allowedNext().contains(TicketStatus.SCHEDULED));
        model.put("zone", zone.getId());
        model.put("appointment", Optional.ofNullable(detail.view().scheduledAt())
                .map(at -> LOCAL_INPUT.format(at.atZone(zone))).orElse(""));
        model.put("assignedTo", Optional.ofNullable(detail.view().assignedTo()).map(UUID::toString).orElse(""));
        model.put("people", active(colleagues));
        model.put("urgencies", options(Urgency.values(), WorkspaceLabels.URGENCY));
        model.put("error", error);
        model.put("typed", typed.getOrDefault("text", ""));
        return HttpResponse.status(status).body(new ModelAndView<>("staff/ticket", model));
    }

    private HttpResponse<?> notFound(StaffSession session) {
        return HttpResponse.status(HttpStatus.NOT_FOUND)
                .body(new ModelAndView<>("staff/not-found", workspace(session, "tickets")));
    }

    /** The model every signed-in page's layout needs: the business, the navigation, the sign-out form's token. */
    static Map<String, Object> workspace(StaffSession session, String section) {
        var model = new HashMap<String, Object>();
        model.put("business", session.caller().tenant().profile().name());
        model.put("owner", session.caller().role().code().equals("owner"));
        model.put("csrf", session.csrfToken());
        model.put("section", section);
        return model;
    }

    private Optional<StaffSession> session(HttpRequest<?> request) {
        return SessionCookies.sessionOf(request).flatMap(signIn::session);
    }

    /** To the sign-in page, which comes back to this address (path and query only) once signed in. */
    static HttpResponse<?> toSignIn(HttpRequest<?> request) {
        var here = request.getUri().getRawPath()
                + (request.getUri().getRawQuery() == null ? "" : "?" + request.getUri().getRawQuery());
        return HttpResponse.seeOther(URI.create("/app/login?next=" + encode(here)));
    }

    private static Edit<String> edit(Map<String, String> fields, String name) {
        return fields.containsKey(name) ? Edit.replace(fields.get(name)) : Edit.keep();
    }

    /** The appointment picker's local date and time, read in the business's time zone. */
    private static String instantIn(String local, java.time.ZoneId zone) {
        try {
            return LocalDateTime.parse(local.strip()).atZone(zone).toInstant().toString();
        } catch (DateTimeException unreadable) {
            throw new InvalidValue("scheduled_at", "Bitte Datum und Uhrzeit des Termins angeben.");
        }
    }

    /** A browser posts a textarea's line breaks as CR LF; the page counts them as one character, like the API. */
    private static String lineFeeds(String text) {
        return text == null ? null : text.replace("\r\n", "\n");
    }

    private static List<StaffMember> active(List<StaffMember> members) {
        return members.stream().filter(StaffMember::active).toList();
    }

    private static Map<UUID, StaffMember> byId(List<StaffMember> members) {
        return members.stream().collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }

    private static <E extends Enum<E>> Map<String, String> options(E[] values, Map<E, String> labels) {
        return Arrays.stream(values).collect(Collectors.toMap(Enum::name, labels::get, (a, b) -> a,
                LinkedHashMap::new));
    }

    private static UriBuilder withFilters(String path, Map<String, String> filters) {
        var builder = UriBuilder.of(path);
        filters.forEach((name, value) -> {
            if (value != null) {
                builder.queryParam(name, value);
            }
        });
        return builder;
    }

    private static Map<String, String> with(Map<String, String> filters, String name, String value) {
        var changed = new LinkedHashMap<>(filters);
        changed.put(name, value);
        return changed;
    }

    private static List<String> listOf(String value) {
        return blankToNull(value) == null ? null : List.of(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
