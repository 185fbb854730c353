package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.OpenStreamUseCase;
import ch.opsfabric.application.port.in.StreamOpening;
import ch.opsfabric.domain.InvalidValue;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.OptionalLong;
import org.reactivestreams.Publisher;

/**
 * {@code GET /api/stream}: the business's events as server-sent events, live from every instance
 * (docs/http-api.md, Realtime stream). The request holds no database connection while it is open:
 * the hub reads each event once per business and instance and hands it to the open streams.
 */
@Controller("/api/stream")
@Tag(name = "staff")
@SecurityRequirement(name = OpenApiDocument.STAFF_TOKEN)
class StreamController {

    private final OpenStreamUseCase streams;
    private final StreamEventEncoder encoder;
    private final int buffer;
    private final Duration reauthenticate;

    StreamController(OpenStreamUseCase streams, StreamEventEncoder encoder,
                     @Value("${opsfabric.stream.buffer}") int buffer,
                     @Value("${opsfabric.stream.reauthenticate}") Duration reauthenticate) {
        this.streams = streams;
        this.encoder = encoder;
        this.buffer = buffer;
        this.reauthenticate = reauthenticate;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "stream", summary = "The business's events, live (server-sent events)",
            description = "Each event is named by its type and has id: (the business's increasing sequence) and "
                    + "JSON data:. A comment line (: keep-alive) every 15 s. Send Last-Event-ID to resume after "
                    + "that event (events are kept 24 h). A client that reads too slowly is disconnected and "
                    + "resumes the same way; every stream ends after a minute, so the client reconnects and its "
                    + "credentials are checked again.")
    @ApiResponse(responseCode = "200", description = "the stream",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM,
                    schema = @Schema(implementation = StreamEventJson.class)))
    @ApiResponse(responseCode = "401", description = "missing, unknown or revoked staff token",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "422", description = "Last-Event-ID is not an event id",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "this instance holds its maximum of open streams; "
            + "retry after Retry-After seconds", content = @Content(schema = @Schema(implementation = ApiError.class)))
    Publisher<Event<?>> stream(HttpRequest<?> request,
                               @Parameter(description = "the id of the last event received, to resume after it")
                               @Header("Last-Event-ID") @Nullable String lastEventId) {
        var tenant = StaffBearer.tenantOf(request);
        var client = new SseClient(buffer, encoder);
        return switch (streams.open(tenant, resumeAfter(lastEventId), client)) {
            case StreamOpening.AtCapacity full -> throw new StreamsAtCapacity(full.maximum());
            // The credentials are checked when a stream opens; ending it after a while makes the client
            // reconnect (with Last-Event-ID, nothing lost) and show them again, so a session ended or a
            // token revoked streams no longer than that.
            case StreamOpening.Opened opened -> client.events().take(reauthenticate)
                    .doFinally(ended -> opened.close());
        };
    }

    static OptionalLong resumeAfter(@Nullable String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            var id = Long.parseLong(lastEventId.strip());
            InvalidValue.require(id >= 0, "Last-Event-ID", "is not an event id: " + lastEventId);
            return OptionalLong.of(id);
        } catch (NumberFormatException notANumber) {
            throw new InvalidValue("Last-Event-ID", "is not an event id: " + lastEventId);
        }
    }
}
