package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.ChangeTicketCommand;
import ch.opsfabric.application.port.in.Edit;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

// Each field is an Edit (JsonEdit reads it), so a field left out keeps its value while one set to
// null clears it; the OpenAPI document shows the field's JSON type.
/**
 * Only the fields named change; null clears contact_name, contact_phone, contact_email, summary or assigned_to.
 * Unknown fields are refused (422).
 */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record TicketChangeRequest(
        @Nullable
        @Schema(implementation = String.class,
                allowableValues = {"NEW", "NEEDS_CALLBACK", "SCHEDULED", "IN_PROGRESS", "DONE", "CLOSED"},
                description = "moves the ticket through its lifecycle; a refused move answers 409")
        Edit<String> status,
        @Nullable
        @JsonProperty("scheduled_at")
        @Schema(implementation = String.class, format = "date-time",
                description = "the appointment, an ISO-8601 instant; required when status becomes SCHEDULED, "
                + "moves the appointment of a SCHEDULED ticket", example = "2026-11-25T13:00:00Z")
        Edit<String> scheduledAt,
        @Nullable @JsonProperty("contact_name") @Schema(implementation = String.class, nullable = true)
        Edit<String> contactName,
        @Nullable @JsonProperty("contact_phone")
        @Schema(implementation = String.class, nullable = true, description = "any Swiss or international spelling")
        Edit<String> contactPhone,
        @Nullable @JsonProperty("contact_email") @Schema(implementation = String.class, nullable = true)
        Edit<String> contactEmail,
        @Nullable @Schema(implementation = String.class, nullable = true) Edit<String> summary,
        @Nullable @JsonProperty("assigned_to")
        @Schema(implementation = String.class, format = "uuid", nullable = true,
                description = "an active staff member of the business, or null for nobody")
        Edit<String> assignedTo,
        @Nullable
        @Schema(implementation = String.class, allowableValues = {"LOW", "MED", "HIGH"},
                description = "staff's judgement of the request; made HIGH, it is told to the business's alert phone")
        Edit<String> urgency) {

    ChangeTicketCommand command(UUID ticketId) {
        return new ChangeTicketCommand(ticketId, status, scheduledAt, contactName, contactPhone, contactEmail, summary,
                assignedTo, urgency);
    }
}
