package ch.opsfabric.adapters.sms.twilio;

import ch.opsfabric.adapters.sms.JsonReply;
import ch.opsfabric.adapters.sms.ProviderReplies;
import ch.opsfabric.adapters.sms.ProviderReply;
import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import io.micronaut.json.JsonMapper;
import java.util.Map;
import java.util.Optional;

/**
 * Twilio's answers to {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}: the created
 * Message resource carries its {@code sid}; an error is Twilio's REST exception
 * {@code {"code", "message", "more_info", "status"}}, whose {@code code} tells why.
 */
final class TwilioReplies implements ProviderReplies {

    /** Twilio error codes that condemn the number, not the message or the account. */
    private static final Map<String, RejectionReason> NUMBER_ERRORS = Map.of(
            "21211", RejectionReason.INVALID_NUMBER,   // invalid 'To' phone number
            "21614", RejectionReason.INVALID_NUMBER,   // 'To' number is not a valid mobile number
            "21635", RejectionReason.LANDLINE,         // 'To' number cannot be a landline
            "21610", RejectionReason.UNSUBSCRIBED);    // recipient replied STOP

    private final JsonMapper json;

    TwilioReplies(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Optional<String> providerId(ProviderReply reply) {
        return JsonReply.of(json, reply.body()).text("sid");
    }

    @Override
    public String describe(ProviderReply reply) {
        var error = JsonReply.of(json, reply.body());
        if (error.isEmpty()) {
            return reply.excerpt();
        }
        var message = error.text("message").orElse("no message");
        return error.text("code").map(code -> "error " + code + ": " + message).orElse(message);
    }

    @Override
    public RejectionReason reasonFor(ProviderReply reply) {
        return JsonReply.of(json, reply.body()).text("code")
                .map(code -> NUMBER_ERRORS.getOrDefault(code, RejectionReason.OTHER))
                .orElse(RejectionReason.OTHER);
    }
}
