package ch.opsfabric.adapters.sms.twilio;

import static java.nio.charset.StandardCharsets.UTF_8;

import ch.opsfabric.adapters.sms.BasicAuth;
import ch.opsfabric.adapters.sms.HttpTimeouts;
import ch.opsfabric.adapters.sms.ProviderHttp;
import ch.opsfabric.adapters.sms.ProviderRequest;
import ch.opsfabric.adapters.sms.SmsHttpSettings;
import ch.opsfabric.adapters.sms.SmsProvider;
import ch.opsfabric.application.port.PublicAddress;
import ch.opsfabric.application.port.out.SendSmsPort;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Sends through Twilio's Messages API: {@code POST {TWILIO_BASE_URL}/2010-04-01/Accounts/
 * {TWILIO_ACCOUNT_SID}/Messages.json}, HTTP Basic with the account SID and auth token, form fields
 * {@code To}, {@code From}, {@code Body} and, when {@code APP_BASE_URL} is set,
 * {@code StatusCallback} so delivery reports come back to {@code /api/webhook/sms-status} (Twilio
 * could not reach the local default address anyway).
 *
 * <p>The sender is the tenant's own Twilio number, so replies reach the right business; a tenant
 * without one falls back to {@code TWILIO_FROM_NUMBER}, and without that the message is refused
 * here, since Twilio would refuse it anyway.

 */
@Singleton
@Requires(property = SmsProvider.PROPERTY, value = TwilioSmsSender.NAME)
public final class TwilioSmsSender implements SendSmsPort, AutoCloseable {

    public static final String NAME = "twilio";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String STATUS_CALLBACK_PATH = "/api/webhook/sms-status";

    private final TwilioSettings settings;
    private final Optional<URI> statusCallback;
    private final ProviderHttp http;
    private final TwilioReplies replies;

    @Inject
    TwilioSmsSender(TwilioSettings settings, SmsHttpSettings http, PublicAddress publicAddress, JsonMapper json,
                    Clock clock) {
        this(settings, http.timeouts(), publicAddress, json, clock);
    }

    public TwilioSmsSender(TwilioSettings settings, HttpTimeouts timeouts, PublicAddress publicAddress,
                           JsonMapper json, Clock clock) {
        this.settings = settings;
        this.statusCallback = publicAddress.ifConfigured().map(base -> URI.create(base + STATUS_CALLBACK_PATH));
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
        statusCallback.ifPresent(callback -> form.put("StatusCallback", callback.toString()));
        return http.send(message, new ProviderRequest(messagesUri(), FORM, encoded(form)), replies);
    }

    @Override
    @PreDestroy
    public void close() {
        http.close();
    }

    private URI messagesUri() {
        return URI.create(settings.baseUri() + "/2010-04-01/Accounts/" + settings.accountSid() + "/Messages.json");
    }

    private static String encoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), UTF_8) + "=" + URLEncoder.encode(field.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Makes Twilio one of the providers {@code SMS_PROVIDER} may name. */
    @Singleton
    static final class Twilio implements SmsProvider {

        @Override
        public String name() {
            return NAME;
        }
    }
}
