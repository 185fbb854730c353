package ch.opsfabric.adapters.sms.ecall;

import ch.opsfabric.adapters.sms.BasicAuth;
import ch.opsfabric.adapters.sms.HttpTimeouts;
import ch.opsfabric.adapters.sms.ProviderHttp;
import ch.opsfabric.adapters.sms.ProviderRequest;
import ch.opsfabric.adapters.sms.SmsHttpSettings;
import ch.opsfabric.adapters.sms.SmsProvider;
import ch.opsfabric.application.port.out.SendSmsPort;
import ch.opsfabric.domain.phone.PhoneNumber;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;

/**
 * Sends through eCall's REST interface, the Swiss production provider:
 * {@code POST {ECALL_BASE_URL}/api/message}, HTTP Basic with {@code ECALL_USERNAME} and
 * {@code ECALL_PASSWORD}, JSON
 * {@code {"channel":"Sms","from":…,"to":"+41…","content":{"type":"Text","text":…}}}.
 *
 * <p>The sender is {@code ECALL_SENDER_ID} when set (one brand for every tenant), else the
 * tenant's own number. eCall takes a numeric sender of up to 16 digits, so the tenant's number
 * goes out as {@code 0041…} rather than {@code +41…}, whose plus sign would make it an
 * alphanumeric sender limited to 11 characters.
 */
@Singleton
@Requires(property = SmsProvider.PROPERTY, value = EcallSmsSender.NAME)
public final class EcallSmsSender implements SendSmsPort, AutoCloseable {

    public static final String NAME = "ecall";
    static final String JSON = "application/json";

    private final EcallSettings settings;
    private final ProviderHttp http;
    private final EcallReplies replies;
    private final JsonMapper json;

    @Inject
    EcallSmsSender(EcallSettings settings, SmsHttpSettings http, JsonMapper json, Clock clock) {
        this(settings, http.timeouts(), json, clock);
    }

    public EcallSmsSender(EcallSettings settings, HttpTimeouts timeouts, JsonMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.http = new ProviderHttp("eCall", "ECALL_USERNAME and ECALL_PASSWORD",
                new BasicAuth(settings.username(), settings.password()), timeouts, clock);
        this.replies = new EcallReplies(json);
    }

    @Override
    public SendResult send(SmsMessage message) {
        var from = settings.sender().or(() -> message.from().map(EcallSmsSender::numericSender));
        if (from.isEmpty()) {
            return new SendResult.Rejected(RejectionReason.OTHER,
                    "eCall: no sender, ECALL_SENDER_ID is not set and the business has no SMS number");
        }
        var request = new ProviderRequest(URI.create(settings.baseUri() + "/api/message"), JSON,
                body(message, from.get()));
        return http.send(message, request, replies);
    }

    @Override
    @PreDestroy
    public void close() {
        http.close();
    }

    private String body(SmsMessage message, String from) {
        var content = new LinkedHashMap<String, JsonNode>();
        content.put("type", JsonNode.createStringNode("Text"));
        content.put("text", JsonNode.createStringNode(message.body()));
        var body = new LinkedHashMap<String, JsonNode>();
        body.put("channel", JsonNode.createStringNode("Sms"));
        body.put("from", JsonNode.createStringNode(from));
        body.put("to", JsonNode.createStringNode(message.to().e164()));
        body.put("content", JsonNode.createObjectNode(content));
        try {
            return json.writeValueAsString(JsonNode.createObjectNode(body));
        } catch (IOException impossible) {
            throw new UncheckedIOException("a tree of strings did not serialise", impossible);
        }
    }

    private static String numericSender(PhoneNumber number) {
        return "00" + number.e164().substring(1);
    }

    /** Makes eCall one of the providers {@code SMS_PROVIDER} may name. */
    @Singleton
    static final class Ecall implements SmsProvider {

        @Override
        public String name() {
            return NAME;
        }
    }
}
