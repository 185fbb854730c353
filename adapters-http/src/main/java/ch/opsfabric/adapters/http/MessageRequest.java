package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.MessageCommand;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A message to the ticket's customer; unknown fields are refused (422). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record MessageRequest(
        @Nullable @Serdeable.Deserializable(using = JsonField.Text.class)
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                description = "an SMS takes at most 3 segments after GSM-7 normalisation") String text,
        @Nullable @Serdeable.Deserializable(using = JsonField.Text.class)
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"sms", "email"}) String channel,
        @Nullable @Serdeable.Deserializable(using = JsonField.Flag.class)
        @Schema(defaultValue = "false", description = "goes out during the business's quiet hours too")
        Boolean urgent) {

    MessageCommand command(UUID ticketId) {
        return MessageCommand.of(ticketId, text, channel, urgent);
    }
}
