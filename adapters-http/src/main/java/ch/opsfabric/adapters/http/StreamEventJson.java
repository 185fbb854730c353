package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.out.StreamEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** The {@code data:} of a stream event (docs/http-api.md, Realtime stream); absent values are {@code null}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "StreamEvent", description = "the data: of one server-sent event of GET /api/stream")
record StreamEventJson(
        @JsonProperty("ticket_id") UUID ticketId,
        @Schema(description = "ticket.created, ticket.updated, ticket.sla_warning, message.received or message.status; "
                + "also the event's name (event:)")
        String type,
        @Schema(description = "the audit-log event behind it (status_changed, dedupe_merged, sms_sent, …), "
                + "or delivery_report")
        String change,
        @Schema(description = "for message.status: sent, failed or delivered")
        @Nullable @JsonProperty("message_status") String messageStatus,
        @Schema(description = "the ticket's status as the change left it") String status,
        @Schema(description = "LOW, MED or HIGH, as the change left it") String urgency,
        @Nullable @JsonProperty("assigned_to") UUID assignedTo,
        @Nullable @JsonProperty("sla_deadline") Instant slaDeadline,
        @Schema(description = "when it happened") Instant at) {

    static StreamEventJson of(StreamEvent event) {
        return new StreamEventJson(event.ticketId(), event.type(), event.change(), event.messageStatus(),
                event.status(), event.urgency(), event.assignedTo(), event.slaDeadline(), event.at());
    }
}
