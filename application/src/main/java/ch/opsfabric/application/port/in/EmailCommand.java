package ch.opsfabric.application.port.in;

import static ch.opsfabric.domain.InvalidValue.require;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One inbound e-mail, in the mail provider's neutral terms (docs/domain-rules.md, E-mail intake).
 *
 * @param messageId   the provider's id of the e-mail; a repeated delivery carries it again
 * @param from        the sender's address
 * @param fromName    the sender's name, when the e-mail gives one
 * @param recipients  every address it was sent to (To, Cc, the original recipient); one names the business
 * @param text        the readable text (an HTML-only e-mail already turned into text)
 * @param headers     the e-mail's headers by name (the first value of each)
 * @param attachments how many files were attached; they are counted, never stored
 */
public record EmailCommand(String messageId, String from, String fromName, List<String> recipients, String subject,
                           String text, Map<String, String> headers, int attachments) {

    public static final int MAX_MESSAGE_ID_LENGTH = 200;

    public EmailCommand {
        require(messageId != null && !messageId.isBlank() && messageId.length() <= MAX_MESSAGE_ID_LENGTH, "messageId",
                "is required and at most " + MAX_MESSAGE_ID_LENGTH + " characters");
        require(from != null && ContactFields.isEmailAddress(from.strip()), "from", "must be an e-mail address");
        from = from.strip();
        fromName = fromName == null || fromName.isBlank() ? null : fromName.strip();
        require(fromName == null || fromName.length() <= ContactFields.MAX_NAME_LENGTH, "fromName",
                "must be at most " + ContactFields.MAX_NAME_LENGTH + " characters");
        recipients = List.copyOf(recipients == null ? List.of() : recipients);
        subject = subject == null ? "" : subject.strip();
        text = text == null ? "" : text.strip();
        headers = Map.copyOf(Objects.requireNonNullElse(headers, Map.of()));
        require(attachments >= 0, "attachments", "must not be negative");
    }
}
