package ch.opsfabric.adapters.sms;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.Set;

/**
 * Refuses to start with an SMS provider this build does not have, naming the setting, instead
 * of failing later with a missing bean or, worse, silently sending nothing.
 */
@Context
class SmsProviders {

    static final String PROPERTY = "sms.provider";
    static final String CONSOLE = "console";
    static final Set<String> AVAILABLE = Set.of(CONSOLE);

    SmsProviders(@Value("${" + PROPERTY + ":" + CONSOLE + "}") String provider) {
        if (!AVAILABLE.contains(provider)) {
            throw new ConfigurationException("SMS_PROVIDER is '" + provider + "'; supported providers: "
                    + String.join(", ", AVAILABLE));
        }
    }
}
