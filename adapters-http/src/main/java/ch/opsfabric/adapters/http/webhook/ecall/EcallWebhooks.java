package ch.opsfabric.adapters.http.webhook.ecall;

import ch.opsfabric.adapters.http.webhook.ProviderWebhooks;
import ch.opsfabric.adapters.http.webhook.SharedKey;
import ch.opsfabric.adapters.http.webhook.Webhook;
import ch.opsfabric.application.port.in.ReplyCommand;
import ch.opsfabric.application.port.out.DeliveryReport;
import ch.opsfabric.application.port.out.SendSmsPort.RejectionReason;
import ch.opsfabric.domain.InvalidValue;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;

/**
 * eCall's callbacks, as a form or in the URL, in Windows-1252 unless they declare otherwise:
 * replies ({@code AddressFrom}, {@code AddressTo}, {@code Message}, {@code JobID}) and delivery
 * notifications ({@code JobID}, {@code ResultCode}, {@code ResultText}). They carry the shared
 * key {@code ECALL_WEBHOOK_SECRET} as {@code ?key=}; without a configured key none can be checked,
 * and none is taken unless {@link ch.opsfabric.adapters.http.webhook.UnsignedWebhooks} says so.
 */
@Singleton
final class EcallWebhooks implements ProviderWebhooks {

    private static final String SENDER_FIELD = "AddressFrom";
    private static final String RESULT_FIELD = "ResultCode";
    private static final String INVALID_RECIPIENT = "11100";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Map<String, String> REPLY_FIELDS = Map.of("messageId", "JobID", "from", SENDER_FIELD,
            "to", "AddressTo", "body", "Message");
    private static final Map<String, String> NOTIFICATION_FIELDS = Map.of("providerId", "JobID", "detail", "ResultText");

    private final EcallWebhookSettings settings;

    EcallWebhooks(EcallWebhookSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "eCall";
    }

    @Override
    public int getOrder() {
        return 0;
    }

    /** Only eCall names the sender {@code AddressFrom} and the delivery result {@code ResultCode}. */
    @Override
    public boolean recognises(Webhook webhook) {
        return webhook.has(SENDER_FIELD) || webhook.has(RESULT_FIELD);
    }

    @Override
    public Charset formCharset() {
        return WINDOWS_1252;
    }

    @Override
    public String secretVariable() {
        return "ECALL_WEBHOOK_SECRET";
    }

    @Override
    public boolean secretConfigured() {
        return settings.configured();
    }

    @Override
    public Optional<String> refusal(HttpRequest<?> request, Webhook webhook) {
        if (!settings.configured()) {
            return Optional.of(unsetSecret());
        }
        var key = request.getParameters().get("key");
        return SharedKey.matches(key, settings.webhookSecret()) ? Optional.empty()
                : Optional.of("the callback does not carry the eCall webhook key");
    }

    @Override
    public ReplyCommand reply(Webhook webhook) {
        return Webhook.inProviderTerms(REPLY_FIELDS, () -> new ReplyCommand(webhook.text("JobID"),
                webhook.text(SENDER_FIELD), webhook.text("AddressTo"), webhook.text("Message"), 0));
    }

    /**
     * Result code 0 means delivered, any other code a failed delivery. Of eCall's documented result
     * codes only 11100 ({@code AdrAdCInvalid}, "invalid recipient address") condemns the number; eCall
     * documents no landline or opt-out code for SMS, and the rest (syntax, permissions, credit,
     * the network) say nothing about whether the number can take SMS.
     */
    @Override
    public DeliveryReport delivery(Webhook webhook) {
        var resultCode = webhook.text(RESULT_FIELD);
        InvalidValue.require(resultCode != null && !resultCode.isBlank(), RESULT_FIELD, "is required");
        var resultText = webhook.text("ResultText");
        var code = resultCode.strip();
        var delivered = "0".equals(code);
        var reason = INVALID_RECIPIENT.equals(code) ? Optional.of(RejectionReason.INVALID_NUMBER)
                : Optional.<RejectionReason>empty();
        return Webhook.inProviderTerms(NOTIFICATION_FIELDS, () -> new DeliveryReport(webhook.text("JobID"),
                Optional.of(delivered ? DeliveryReport.State.DELIVERED : DeliveryReport.State.UNDELIVERED),
                delivered ? null : code + (resultText == null ? "" : " " + resultText), reason));
    }
}
