package ch.opsfabric.application.port.in;

import static ch.opsfabric.domain.InvalidValue.require;

import java.util.Objects;
import java.util.UUID;

/** An internal note on a ticket ({@code POST /api/tickets/{id}/notes}); never sent to anyone. */
public record NoteCommand(UUID ticketId, String text) {

    public NoteCommand {
        Objects.requireNonNull(ticketId, "ticketId");
        require(text != null && !text.isBlank(), "text", "is required");
        text = text.strip();
        require(text.length() <= ContactFields.MAX_SUMMARY_LENGTH, "text",
                "must be at most " + ContactFields.MAX_SUMMARY_LENGTH + " characters");
    }
}
