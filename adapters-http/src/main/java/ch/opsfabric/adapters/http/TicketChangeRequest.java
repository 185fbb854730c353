package ch.opsfabric.adapters.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

// Describes the body for the OpenAPI document only (its javadoc is the schema's description). The
// controller reads bodies field by field (JsonBody), so a field left out can be told from one set
// to null and a wrong type is reported with its name.
/**
 * Only the fields named change; null clears contact_name, contact_phone, contact_email or summary.
 * Unknown fields are refused (422).
 */
@Serdeable
record TicketChangeRequest(
        @Nullable
        @Schema(type = "string", allowableValues = {"NEW", "NEEDS_CALLBACK", "SCHEDULED", "IN_PROGRESS", "DONE", "CLOSED"},
                description = "moves the ticket through its lifecycle; a refused move answers 409")
        String status,
        @Nullable
        @JsonProperty("scheduled_at")
        @Schema(description = "the appointment, an ISO-8601 instant; required when status becomes SCHEDULED, "
                + "moves the appointment of a SCHEDULED ticket", example = "2026-11-25T13:00:00Z")
        Instant scheduledAt,
        @Nullable @JsonProperty("contact_name") String contactName,
        @Nullable @JsonProperty("contact_phone") @Schema(description = "any Swiss or international spelling")
        String contactPhone,
        @Nullable @JsonProperty("contact_email") String contactEmail,
        @Nullable String summary) {
}
