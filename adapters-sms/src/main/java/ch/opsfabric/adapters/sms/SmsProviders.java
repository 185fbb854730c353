package ch.opsfabric.adapters.sms;

import ch.opsfabric.application.port.out.SendSmsPort;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/**
 * Refuses to start with an SMS provider this build does not have, or with one whose settings
 * are missing or unusable, naming the environment variables to set, instead of failing at the
 * first message hours later with a missing bean or, worse, silently sending nothing.
 *
 * <p>The senders are singletons created on first use; this bean is created with the context and
 * creates the chosen sender, so its settings are checked at start whatever asks for it first.
 */
@Context
final class SmsProviders {

    /** {@code SMS_PROVIDER}: which provider sends; the console unless set. */
    @ConfigurationProperties("sms")
    record Choice(@Bindable(defaultValue = ConsoleSmsSender.NAME) String provider) {
    }

    SmsProviders(Choice choice, List<SmsProvider> providers, BeanProvider<SendSmsPort> sender) {
        var names = providers.stream().map(SmsProvider::name).sorted().toList();
        if (!names.contains(choice.provider())) {
            throw new ConfigurationException("SMS_PROVIDER is '" + choice.provider() + "'; supported providers: "
                    + String.join(", ", names));
        }
        sender.get();
    }
}
