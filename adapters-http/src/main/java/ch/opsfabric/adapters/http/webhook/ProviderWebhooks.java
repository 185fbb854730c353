package ch.opsfabric.adapters.http.webhook;

import ch.opsfabric.application.port.in.CallCommand;
import ch.opsfabric.application.port.in.CallForwarding;
import ch.opsfabric.application.port.in.EmailCommand;
import ch.opsfabric.application.port.in.ReplyCommand;
import ch.opsfabric.application.port.out.DeliveryReport;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One provider's callbacks: how to recognise them, whether one is authentic, and how its fields
 * become the application's provider-neutral commands. Each provider implements this in its own
 * package; {@link WebhookAuthenticityFilter} and {@link WebhookController} only ever speak to
 * this interface, so a new provider adds a package and touches nothing here.
 *
 * <p>Providers are asked in their {@link #getOrder() order}; the first that recognises a callback
 * owns it.
 */
public interface ProviderWebhooks extends Ordered {

    /** The provider's name as operators know it, for logs and refusals. */
    String name();

    /** Whether this callback is this provider's, judged by its fields (read as UTF-8 at this point). */
    boolean recognises(Webhook webhook);

    /** The charset of a form or URL callback that declares none, as the provider documents it. */
    default Charset formCharset() {
        return StandardCharsets.UTF_8;
    }

    /** The environment variable holding the secret that proves a callback is the provider's. */
    String secretVariable();

    /**
     * Whether that secret is set. Without it nothing can be checked, and {@link UnsignedWebhooks}
     * decides whether such a callback is refused (the default) or taken unchecked.
     */
    boolean secretConfigured();

    /**
     * Why the callback is refused as not coming from the provider, or empty when it is authentic.
     * Without a configured secret every callback is refused here, naming the variable: the one
     * exception is {@link UnsignedWebhooks}' to make, not each provider's.
     */
    Optional<String> refusal(HttpRequest<?> request, Webhook webhook);

    /** The refusal of a callback that cannot be checked because {@link #secretVariable()} is not set. */
    default String unsetSecret() {
        return name() + " webhooks are refused: " + secretVariable() + " is not set";
    }

    /** An inbound call (the telephony webhook). */
    default CallCommand call(Webhook webhook) {
        throw new MalformedWebhook(name() + " sends no call webhooks");
    }

    /**
     * The provider's answer to an incoming call that puts it through to the business and reports its
     * outcome to {@code outcomeUrl} (the missed-call webhook).
     */
    default String forwardingAnswer(CallForwarding forwarding, String outcomeUrl) {
        throw new MalformedWebhook(name() + " forwards no calls");
    }

    /** An e-mail a customer sent to a business's inbound address. */
    default EmailCommand email(Webhook webhook) {
        throw new MalformedWebhook(name() + " sends no e-mails");
    }

    /** An SMS a customer sent to a business. */
    default ReplyCommand reply(Webhook webhook) {
        throw new MalformedWebhook(name() + " sends no SMS webhooks");
    }

    /** A delivery report on an SMS sent earlier. */
    default DeliveryReport delivery(Webhook webhook) {
        throw new MalformedWebhook(name() + " sends no delivery reports");
    }
}
