package ch.opsfabric.application.port.in;

import static ch.opsfabric.domain.InvalidValue.require;

import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.PhoneNumber;

/**
 * An SMS a customer sent to a tenant's number, in neutral terms whatever provider delivered it.
 *
 * @param messageId the provider's id of the message; a second delivery with the same id is ignored
 * @param mediaCount pictures attached (MMS), kept with the ticket
 */
public record ReplyCommand(String messageId, String from, String to, String body, int mediaCount) {

    public static final int MAX_BODY_LENGTH = 5_000;
    public static final int MAX_MESSAGE_ID_LENGTH = 128;

    public ReplyCommand {
        require(messageId != null && !messageId.isBlank() && messageId.length() <= MAX_MESSAGE_ID_LENGTH, "messageId",
                "is required and at most 128 characters");
        require(from != null && !from.isBlank() && from.length() <= 64, "from", "is required");
        require(to != null && !to.isBlank(), "to", "is required");
        if (PhoneNumber.parse(to).isEmpty()) {
            throw new InvalidValue("to", "is not a telephone number: " + to);
        }
        require(body == null || body.length() <= MAX_BODY_LENGTH, "body", "must be at most 5000 characters");
        require(mediaCount >= 0 && mediaCount <= 100, "mediaCount", "must be between 0 and 100");
        body = body == null ? "" : body;
    }

    public PhoneNumber recipient() {
        return PhoneNumber.parse(to).orElseThrow();
    }
}
