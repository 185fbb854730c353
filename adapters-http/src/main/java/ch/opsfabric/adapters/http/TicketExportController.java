package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.ExportTicketsUseCase;
import ch.opsfabric.application.port.in.ListTicketsQuery;
import ch.opsfabric.application.port.in.TicketExport;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.json.JsonMapper;
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
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/tickets/export}: all of a business's tickets matching the list's filters, as
 * CSV or JSON, streamed. The rows are read by a writer thread into a small pipe that the server
 * drains as the client downloads, so memory stays flat however many rows there are, and a slow
 * client slows the database read instead of filling the heap.
 */
@Controller("/api/tickets/export")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "staff")
@SecurityRequirement(name = OpenApiDocument.STAFF_TOKEN)
@SecurityRequirement(name = OpenApiDocument.STAFF_SESSION)
class TicketExportController {

    private static final Logger LOG = LoggerFactory.getLogger(TicketExportController.class);
    private static final int PIPE_BYTES = 64 * 1024;

    private final ExportTicketsUseCase exports;
    private final JsonMapper json;

    TicketExportController(ExportTicketsUseCase exports, JsonMapper json) {
        this.exports = exports;
        this.json = json;
    }

    @Get(produces = {"text/csv", "application/json"})
    @Operation(operationId = "exportTickets", summary = "Download all matching tickets as CSV or JSON",
            description = "The filters of GET /api/tickets, without pages, newest first. CSV is UTF-8 with a byte "
                    + "order mark, comma separated, RFC 4180 quoting; a text cell starting with =, +, -, @, tab or "
                    + "carriage return is prefixed with ' so spreadsheets do not run it as a formula. JSON is one "
                    + "array of tickets in the list's shape.")
    @ApiResponse(responseCode = "200", description = "the file, as an attachment")
    @ApiResponse(responseCode = "401", description = "missing, unknown or revoked staff token",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "invalid parameter, named in `field`",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    HttpResponse<StreamedFile> export(HttpRequest<?> request,
                                      @Parameter(schema = @Schema(type = "string", allowableValues = {"csv", "json"},
                                              defaultValue = "csv"))
                                      @QueryValue @Nullable String format,
                                      @Parameter(array = @ArraySchema(schema = @Schema(type = "string")))
                                      @QueryValue @Nullable List<String> status,
                                      @Parameter(array = @ArraySchema(schema = @Schema(type = "string")))
                                      @QueryValue @Nullable List<String> urgency,
                                      @Parameter(array = @ArraySchema(schema = @Schema(type = "string")))
                                      @QueryValue @Nullable List<String> source,
                                      @QueryValue @Nullable String from,
                                      @QueryValue @Nullable String to,
                                      @QueryValue @Nullable String q,
                                      @Parameter(name = "assigned_to", description = "me, none or a staff "
                                              + "member's id, as in GET /api/tickets")
                                      @QueryValue("assigned_to") @Nullable String assignedTo) throws IOException {
        var caller = StaffBearer.callerOf(request);
        var tenant = caller.tenant();
        var kind = ExportFormat.parse(format);
        var query = ListTicketsQuery.fromParameters(status, urgency, source, from, to, q, null, null, assignedTo,
                null, caller.actor());
        var export = exports.export(tenant, query);
        var download = new PipedInputStream(PIPE_BYTES);
        var upload = new PipedOutputStream(download);
        Thread.ofVirtual().name("ticket-export-" + tenant.profile().slug())
                .start(() -> write(export, kind, upload));
        var file = new StreamedFile(download, kind.mediaType())
                .attach("tickets-" + tenant.profile().slug() + "." + kind.extension());
        return HttpResponse.ok(file);
    }

    private void write(TicketExport export, ExportFormat kind, PipedOutputStream upload) {
        var out = new BufferedOutputStream(upload, 16 * 1024);
        TicketRowWriter writer = kind == ExportFormat.CSV ? new CsvTicketWriter(out, json)
                : new JsonTicketWriter(out, json);
        try {
            writer.begin();
            export.forEach(row -> {
                try {
                    writer.row(row);
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
            writer.end();
            out.close();
        } catch (IOException | RuntimeException failed) {
            // Not closed on purpose: the pipe then reports a broken writer and the server aborts the
            // response, so a client never takes a cut-off file for a complete one.
            LOG.warn("ticket export stopped: {}", failed.toString());
        }
    }
}
