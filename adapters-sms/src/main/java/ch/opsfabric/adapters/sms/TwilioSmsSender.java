package ch.opsfabric.adapters.sms;

import static java.nio.charset.StandardCharsets.UTF_8;

import ch.opsfabric.application.port.out.SendSmsPort;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends through Twilio's Messages API: {@code POST {TWILIO_BASE_URL}/2010-04-01/Accounts/
 * {TWILIO_ACCOUNT_SID}/Messages.json}, HTTP Basic with the account SID and auth token, form fields
 * {@code To}, {@code From}, {@code Body} and, when the service knows its public URL,
 * {@code StatusCallback} so delivery reports come back to {@code /api/webhook/sms-status}.
 *
 * <p>The sender is the tenant's own Twilio number, so replies reach the right business; a tenant
 * without one falls back to {@code TWILIO_FROM_NUMBER}, and without that the message is refused
 * here, since Twilio would refuse it anyway.
 */
@Singleton
@Requires(property = SmsProviders.PROPERTY, value = SmsProviders.TWILIO)
class TwilioSmsSender implements SendSmsPort, AutoCloseable {

    static final String FORM = "application/x-www-form-urlencoded";

    private final TwilioSettings settings;
    private final ProviderHttp http;
    private final TwilioReplies replies;

    @Inject
    TwilioSmsSender(Environment environment, JsonMapper json, Clock clock) {
        this(TwilioSettings.from(environment), HttpTimeouts.from(environment), json, clock);
    }

    TwilioSmsSender(TwilioSettings settings, HttpTimeouts timeouts, JsonMapper json, Clock clock) {
        this.settings = settings;
        this.http = new ProviderHttp("Twilio", "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN",
                new BasicAuth(settings.accountSid(), settings.authToken()), timeouts, clock);
        this.replies = new TwilioReplies(json);
    }

    @Override
    public SendResult send(SmsMessage message) {
        var from = message.from().or(settings::defaultFrom);
        if (from.isEmpty()) {
            return new SendResult.Rejected(RejectionReason.OTHER,
                    "Twilio: no sender, the business has no SMS number and TWILIO_FROM_NUMBER is not set");
        }
        var form = new LinkedHashMap<String, String>();
        form.put("To", message.to().e164());
        form.put("From", from.get().e164());
        form.put("Body", message.body());
        settings.statusCallback().ifPresent(callback -> form.put("StatusCallback", callback.toString()));
        return http.send(message, new ProviderRequest(messagesUri(), FORM, encoded(form)), replies);
    }

    @Override
    @PreDestroy
    public void close() {
        http.close();
    }

    private URI messagesUri() {
        return URI.create(settings.baseUrl() + "/2010-04-01/Accounts/" + settings.accountSid() + "/Messages.json");
    }

    private static String encoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), UTF_8) + "=" + URLEncoder.encode(field.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }
}
