package ch.opsfabric.adapters.http;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import ch.opsfabric.application.port.in.SentMessage;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A message queued for the customer: for an SMS, how it is encoded and billed; when it goes out. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record SentMessageAnswer(
        @Schema(requiredMode = REQUIRED, allowableValues = {"sms", "email"}) String channel,
        @Nullable @Schema(requiredMode = REQUIRED, allowableValues = {"GSM_7", "UCS_2"},
                description = "null for an e-mail") String encoding,
        @Nullable @Schema(requiredMode = REQUIRED, description = "SMS segments billed; null for an e-mail")
        Integer segments,
        boolean urgent,
        @JsonProperty("due_at") @Schema(description = "when it goes out at the earliest: now, or the end of the "
                + "business's quiet hours") Instant dueAt,
        StaffTimelineEntry entry) {

    static SentMessageAnswer of(SentMessage sent) {
        var sms = sent.encoding() != null;
        return new SentMessageAnswer(sent.channel().code(), sms ? sent.encoding().name() : null,
                sms ? sent.segments() : null, sent.urgent(), sent.dueAt(), StaffTimelineEntry.of(sent.entry()));
    }
}
