package ch.opsfabric.adapters.http;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import ch.opsfabric.application.port.out.TicketView;
import ch.opsfabric.domain.phone.PhoneNumber;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

// Fields annotated with @Schema name requiredMode explicitly: the generator counts them optional
// otherwise, yet every field is always written (null when absent).
/** A ticket in the staff API, with the `tickets` columns' names; absent values are written as null, never left out. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record StaffTicket(
        UUID id,
        @Schema(requiredMode = REQUIRED, type = "string",
                allowableValues = {"wizard", "missed_call", "sms_reply", "whatsapp", "email", "manual"})
        String source,
        @Schema(requiredMode = REQUIRED, type = "string",
                allowableValues = {"NEW", "NEEDS_CALLBACK", "SCHEDULED", "IN_PROGRESS", "DONE", "CLOSED"})
        String status,
        @Nullable String intent,
        @Schema(requiredMode = REQUIRED, type = "string", allowableValues = {"LOW", "MED", "HIGH"}) String urgency,
        @Nullable @JsonProperty("contact_name") String contactName,
        @Nullable @JsonProperty("contact_phone")
        @Schema(requiredMode = REQUIRED, description = "E.164", example = "+41791234567")
        String contactPhone,
        @Nullable @JsonProperty("contact_email") String contactEmail,
        String summary,
        Map<String, Object> metadata,
        @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("updated_at") Instant updatedAt,
        @Nullable @JsonProperty("sla_deadline") Instant slaDeadline,
        @Nullable @JsonProperty("job_completed_at")
        @Schema(requiredMode = REQUIRED, description = "set when the ticket first became DONE")
        Instant jobCompletedAt,
        @Nullable @JsonProperty("review_request_sent_at") Instant reviewRequestSentAt,
        @JsonProperty("review_clicked") boolean reviewClicked,
        @Nullable @JsonProperty("scheduled_at")
        @Schema(requiredMode = REQUIRED, description = "the appointment agreed with the customer")
        Instant scheduledAt,
        @Nullable @JsonProperty("assigned_to")
        @Schema(requiredMode = REQUIRED, description = "the staff member working the ticket, null for nobody")
        UUID assignedTo) {

    static StaffTicket of(TicketView view) {
        var ticket = view.ticket();
        var contact = ticket.contact();
        return new StaffTicket(ticket.id(), ticket.source().code(), ticket.status().name(), ticket.intent(),
                ticket.urgency().name(), contact.name().orElse(null),
                contact.phone().map(PhoneNumber::e164).orElse(null), contact.email().orElse(null), ticket.summary(),
                ticket.metadata(), ticket.createdAt(), ticket.updatedAt(), ticket.slaDeadline(),
                ticket.jobCompletedAt(), view.reviewRequestSentAt(), view.reviewClicked(), view.scheduledAt(),
                view.assignedTo());
    }
}
