package ch.opsfabric.adapters.http.webhook.postmark;

import ch.opsfabric.adapters.http.StorableText;
import ch.opsfabric.adapters.http.webhook.MalformedWebhook;
import ch.opsfabric.adapters.http.webhook.ProviderWebhooks;
import ch.opsfabric.adapters.http.webhook.SharedKey;
import ch.opsfabric.adapters.http.webhook.Webhook;
import ch.opsfabric.application.port.in.EmailCommand;
import ch.opsfabric.domain.InvalidValue;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Postmark's inbound webhook: one e-mail as JSON ({@code From}, {@code FromName}, {@code To},
 * {@code ToFull}, {@code OriginalRecipient}, {@code Subject}, {@code TextBody}, {@code HtmlBody},
 * {@code StrippedTextReply}, {@code MessageID}, {@code Headers}, {@code Attachments}). Authenticated
 * by the shared key {@code EMAIL_WEBHOOK_SECRET} the webhook URL carries as {@code ?key=}.
 *
 * <p>The text is Postmark's reply without the quoted original when it found one, else the plain
 * text part, else the HTML part turned into text; attachments are counted, never stored.
 */
@Singleton
final class PostmarkWebhooks implements ProviderWebhooks {

    private static final Map<String, String> EMAIL_FIELDS = Map.of("messageId", "MessageID", "from", "From",
            "fromName", "FromName");

    private final EmailWebhookSettings settings;
    private final JsonMapper json;

    PostmarkWebhooks(EmailWebhookSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @Override
    public String name() {
        return "Postmark";
    }

    /** Asked before Twilio, which takes whatever no other provider recognises. */
    @Override
    public int getOrder() {
        return 0;
    }

    /** Only Postmark's JSON names its id {@code MessageID} and carries {@code From}. */
    @Override
    public boolean recognises(Webhook webhook) {
        return webhook.format() == Webhook.Format.JSON && webhook.has("MessageID") && webhook.has("From");
    }

    @Override
    public String secretVariable() {
        return "EMAIL_WEBHOOK_SECRET";
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
        return SharedKey.matches(request.getParameters().get("key"), settings.secret()) ? Optional.empty()
                : Optional.of("the e-mail webhook does not carry the EMAIL_WEBHOOK_SECRET key");
    }

    @Override
    public EmailCommand email(Webhook webhook) {
        var inbound = read(webhook.body());
        var text = firstPresent(inbound.strippedTextReply(), inbound.textBody())
                .or(() -> Optional.ofNullable(inbound.htmlBody()).filter(html -> !html.isBlank()).map(HtmlText::of))
                .orElse("");
        var fromName = Optional.ofNullable(inbound.fromName())
                .or(() -> Optional.ofNullable(inbound.fromFull()).map(PostmarkInbound.Address::name)).orElse(null);
        var from = Optional.ofNullable(inbound.from())
                .or(() -> Optional.ofNullable(inbound.fromFull()).map(PostmarkInbound.Address::email)).orElse(null);
        storable("Subject", inbound.subject());
        storable("TextBody", text);
        return Webhook.inProviderTerms(EMAIL_FIELDS, () -> new EmailCommand(inbound.messageId(), from, fromName,
                recipients(inbound), inbound.subject(), text, headers(inbound),
                inbound.attachments() == null ? 0 : inbound.attachments().size()));
    }

    private PostmarkInbound read(byte[] body) {
        try {
            return json.readValue(body, PostmarkInbound.class);
        } catch (IOException | RuntimeException unreadable) {
            throw new MalformedWebhook("the e-mail is not Postmark's inbound JSON: " + unreadable.getMessage());
        }
    }

    /** Every address the e-mail went to: the original recipient first (Postmark's forwarding keeps it). */
    private static List<String> recipients(PostmarkInbound inbound) {
        var addresses = new ArrayList<String>();
        Optional.ofNullable(inbound.originalRecipient()).ifPresent(addresses::add);
        Stream.of(inbound.toFull(), inbound.ccFull())
                .filter(list -> list != null)
                .flatMap(List::stream)
                .map(PostmarkInbound.Address::email)
                .filter(email -> email != null && !email.isBlank())
                .forEach(addresses::add);
        if (addresses.isEmpty() && inbound.to() != null) {
            addresses.add(inbound.to());
        }
        return addresses;
    }

    /** The first value of each header, by name in any case. */
    private static Map<String, String> headers(PostmarkInbound inbound) {
        var byName = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        if (inbound.headers() != null) {
            inbound.headers().stream().filter(header -> header.name() != null && header.value() != null)
                    .forEach(header -> byName.putIfAbsent(header.name(), header.value()));
        }
        return byName;
    }

    private static Optional<String> firstPresent(String... texts) {
        return Stream.of(texts).filter(text -> text != null && !text.isBlank()).findFirst();
    }

    private static void storable(String field, String value) {
        if (value != null) {
            StorableText.flaw(value).ifPresent(reason -> {
                throw new InvalidValue(field, reason);
            });
        }
    }
}
