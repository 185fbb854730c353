package ch.opsfabric.adapters.http;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import ch.opsfabric.application.port.in.TimelineEntry;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** One entry of a ticket's timeline: a note, a message to or from the customer, or another event. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record StaffTimelineEntry(
        @Schema(requiredMode = REQUIRED, allowableValues = {"note", "message", "event"}) String kind,
        @Schema(requiredMode = REQUIRED, example = "message_sent") String type,
        @JsonProperty("created_at") Instant createdAt,
        @Schema(requiredMode = REQUIRED, description = "who did it: staff:<id>, token:<name>, customer or system",
                example = "staff:5b0c…") String actor,
        @Nullable @Schema(requiredMode = REQUIRED, description = "a note's or a message's text") String text,
        @Nullable @Schema(requiredMode = REQUIRED, allowableValues = {"sms", "email"}) String channel,
        @Nullable @Schema(requiredMode = REQUIRED, allowableValues = {"out", "in"}) String direction,
        @Nullable @JsonProperty("delivery_status")
        @Schema(requiredMode = REQUIRED, description = "an outbound SMS: the provider's report (delivered, "
                + "undelivered, failed) or the queue's state (pending, sending, sent, failed, cancelled, "
                + "superseded, refused)") String deliveryStatus,
        @Nullable @JsonProperty("old_value") String oldValue,
        @Nullable @JsonProperty("new_value") String newValue,
        Map<String, Object> metadata) {

    static StaffTimelineEntry of(TimelineEntry entry) {
        var event = entry.event();
        return new StaffTimelineEntry(entry.kind().name().toLowerCase(Locale.ROOT), event.type().code(), event.at(),
                event.actor().code(), entry.text().orElse(null), entry.channel().orElse(null),
                entry.direction().orElse(null), entry.deliveryStatus(), event.oldValue(), event.newValue(),
                event.metadata());
    }
}
