package ch.opsfabric.application.port.in;

import static ch.opsfabric.domain.InvalidValue.require;

import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.sms.SmsText;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A message from staff to the customer of a ticket ({@code POST /api/tickets/{id}/messages}), checked on
 * construction: an SMS is normalised to GSM-7 where a look-alike allows and may take at most
 * {@value #MAX_SMS_SEGMENTS} segments, so one message never costs more than three.
 *
 * @param urgent whether it may go out during the business's quiet hours
 */
public record MessageCommand(UUID ticketId, String text, Channel channel, boolean urgent) {

    public static final int MAX_SMS_SEGMENTS = 3;

    public enum Channel {
        SMS, EMAIL;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public MessageCommand {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(channel, "channel");
        require(text != null && !text.isBlank(), "text", "is required");
        text = channel == Channel.SMS ? SmsText.of(text).body() : text.strip();
        require(text.length() <= ContactFields.MAX_SUMMARY_LENGTH, "text",
                "must be at most " + ContactFields.MAX_SUMMARY_LENGTH + " characters");
        if (channel == Channel.SMS) {
            var sms = SmsText.of(text);
            require(sms.segments() <= MAX_SMS_SEGMENTS, "text", "makes " + sms.segments() + " SMS segments ("
                    + sms.encoding() + "); at most " + MAX_SMS_SEGMENTS + " are sent: shorten it or write by e-mail");
        }
    }

    /** Reads the request as it arrived. */
    public static MessageCommand of(UUID ticketId, String text, String channel, Boolean urgent) {
        require(channel != null, "channel", "is required: sms or email");
        var parsed = switch (channel.strip().toLowerCase(Locale.ROOT)) {
            case "sms" -> Channel.SMS;
            case "email" -> Channel.EMAIL;
            default -> throw new InvalidValue("channel", "must be sms or email: " + channel);
        };
        return new MessageCommand(ticketId, text, parsed, Boolean.TRUE.equals(urgent));
    }

    /** The SMS as it will go over the air; only for the SMS channel. */
    public SmsText sms() {
        return SmsText.of(text);
    }
}
