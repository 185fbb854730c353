package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.in.NoteCommand;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** An internal note; unknown fields are refused (422). */
@Serdeable
@JsonIgnoreProperties(ignoreUnknown = false)
record NoteRequest(@Nullable @Serdeable.Deserializable(using = JsonField.Text.class)
                   @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 5000) String text) {

    NoteCommand command(UUID ticketId) {
        return new NoteCommand(ticketId, text);
    }
}
