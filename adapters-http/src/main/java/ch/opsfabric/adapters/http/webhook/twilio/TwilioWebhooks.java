package ch.opsfabric.adapters.http.webhook.twilio;

import ch.opsfabric.adapters.http.webhook.ProviderWebhooks;
import ch.opsfabric.adapters.http.webhook.Webhook;
import ch.opsfabric.application.port.PublicAddress;
import ch.opsfabric.application.port.in.CallCommand;
import ch.opsfabric.application.port.in.CallForwarding;
import ch.opsfabric.application.port.out.CallOutcome;
import ch.opsfabric.application.port.out.ReportedStatus;
import ch.opsfabric.application.port.in.ReplyCommand;
import ch.opsfabric.application.port.out.DeliveryReport;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Twilio's callbacks: the voice webhook of a forwarded call ({@code CallSid}, {@code From},
 * {@code To}, {@code CallStatus}, {@code DialCallStatus}), incoming SMS ({@code MessageSid},
 * {@code Body}, {@code NumMedia}) and the {@code StatusCallback} of an SMS sent
 * ({@code MessageStatus}, {@code ErrorCode}); UTF-8 forms, or the same fields as JSON.
 *
 * <p>They must carry a valid {@code X-Twilio-Signature}, keyed with {@code TWILIO_AUTH_TOKEN} and
 * computed over the public URL from {@code APP_BASE_URL} (never the request's Host header, which
 * the sender controls). Without the token none can be checked, and none is taken unless
 * {@link ch.opsfabric.adapters.http.webhook.UnsignedWebhooks} says so.
 *
 * <p>Twilio answers for every callback no other provider recognises: it is the telephony
 * provider, and the JSON format for testing speaks its field names. So it is asked last.
 */
@Singleton
final class TwilioWebhooks implements ProviderWebhooks {

    static final String SIGNATURE_HEADER = "X-Twilio-Signature";

    private static final Set<String> NOT_REACHED = Set.of("no-answer", "busy", "failed");
    private static final Map<String, String> CALL_FIELDS = Map.of("callId", "CallSid", "from", "From", "to", "To",
            "status", "CallStatus", "forwardedStatus", "DialCallStatus");
    private static final Map<String, String> SMS_FIELDS = Map.of("messageId", "MessageSid", "from", "From",
            "to", "To", "body", "Body", "mediaCount", "NumMedia");
    private static final Map<String, String> STATUS_FIELDS = Map.of("providerId", "MessageSid", "detail", "ErrorCode");

    private final TwilioWebhookSettings settings;
    private final PublicAddress publicAddress;

    TwilioWebhooks(TwilioWebhookSettings settings, PublicAddress publicAddress) {
        this.settings = settings;
        this.publicAddress = publicAddress;
    }

    @Override
    public String name() {
        return "Twilio";
    }

    @Override
    public int getOrder() {
        return LOWEST_PRECEDENCE;
    }

    @Override
    public boolean recognises(Webhook webhook) {
        return true;
    }

    @Override
    public String secretVariable() {
        return "TWILIO_AUTH_TOKEN";
    }

    @Override
    public boolean secretConfigured() {
        return settings.signed();
    }

    @Override
    public Optional<String> refusal(HttpRequest<?> request, Webhook webhook) {
        if (!settings.signed()) {
            return Optional.of(unsetSecret());
        }
        var authToken = settings.authToken();
        var signature = request.getHeaders().get(SIGNATURE_HEADER);
        var query = request.getUri().getRawQuery();
        var url = publicAddress.url(request.getPath() + (query == null ? "" : "?" + query));
        var valid = switch (webhook.format()) {
            case JSON -> TwilioSignature.validJson(authToken, url, request.getParameters().get("bodySHA256"),
                    webhook.body(), signature);
            case FORM -> TwilioSignature.validForm(authToken, url, webhook.fields(), signature);
            // A GET callback's parameters are part of the signed URL already.
            case QUERY -> TwilioSignature.validForm(authToken, url, Map.of(), signature);
        };
        return valid ? Optional.empty() : Optional.of("the request does not carry a valid X-Twilio-Signature");
    }

    @Override
    public CallCommand call(Webhook webhook) {
        var callStatus = webhook.text("CallStatus");
        var dialCallStatus = webhook.text("DialCallStatus");
        return Webhook.inProviderTerms(CALL_FIELDS, () -> new CallCommand(webhook.text("CallSid"),
                webhook.text("From"), webhook.text("To"), outcome(callStatus, dialCallStatus),
                new ReportedStatus(callStatus, dialCallStatus)));
    }

    /**
     * TwiML's {@code <Dial>}: rings the business's phone for {@code ring_seconds}, showing the caller's
     * number (Dial's default caller id), and posts the call with its {@code DialCallStatus} to the
     * missed-call webhook when the dial leg ends (Dial's default method is POST).
     */
    @Override
    public String forwardingAnswer(CallForwarding forwarding, String outcomeUrl) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Dial timeout=\"" + forwarding.ringSeconds()
                + "\" action=\"" + Xml.attribute(outcomeUrl) + "\">"
                + Xml.text(forwarding.businessPhone().e164()) + "</Dial></Response>";
    }

    @Override
    public ReplyCommand reply(Webhook webhook) {
        return Webhook.inProviderTerms(SMS_FIELDS, () -> new ReplyCommand(webhook.text("MessageSid"),
                webhook.text("From"), webhook.text("To"), webhook.text("Body"), webhook.number("NumMedia")));
    }

    /**
     * {@code MessageStatus}: delivered (or read), undelivered, failed; the rest are interim. The
     * {@code ErrorCode} of a failure is kept as the detail and read for what it says of the number
     * ({@link TwilioDeliveryErrors}).
     */
    @Override
    public DeliveryReport delivery(Webhook webhook) {
        var status = webhook.text("MessageStatus");
        var state = switch (status == null ? "" : status.strip().toLowerCase(Locale.ROOT)) {
            case "delivered", "read" -> Optional.of(DeliveryReport.State.DELIVERED);
            case "undelivered" -> Optional.of(DeliveryReport.State.UNDELIVERED);
            case "failed" -> Optional.of(DeliveryReport.State.FAILED);
            default -> Optional.<DeliveryReport.State>empty();
        };
        var errorCode = webhook.text("ErrorCode");
        var reason = state.filter(outcome -> outcome != DeliveryReport.State.DELIVERED)
                .flatMap(failed -> TwilioDeliveryErrors.reasonFor(errorCode));
        return Webhook.inProviderTerms(STATUS_FIELDS,
                () -> new DeliveryReport(webhook.text("MessageSid"), state, errorCode, reason));
    }

    /**
     * The Dial leg's status decides when there is one; only a call without a Dial leg is judged by
     * its own status (a forwarded call that nobody answered still "completes" for the caller).
     */
    static CallOutcome outcome(String callStatus, String dialCallStatus) {
        var status = dialCallStatus != null && !dialCallStatus.isBlank() ? dialCallStatus : callStatus;
        if (status == null) {
            return CallOutcome.OTHER;
        }
        var normalised = status.strip().toLowerCase(Locale.ROOT);
        if (NOT_REACHED.contains(normalised)) {
            return CallOutcome.MISSED;
        }
        return "completed".equals(normalised) ? CallOutcome.ANSWERED : CallOutcome.OTHER;
    }
}
