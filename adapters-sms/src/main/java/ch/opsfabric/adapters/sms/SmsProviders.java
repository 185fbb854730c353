package ch.opsfabric.adapters.sms;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.List;

/**
 * Refuses to start with an SMS provider this build does not have, or with one whose credentials
 * are missing, naming the environment variables to set, instead of failing at the first message
 * hours later with a missing bean or, worse, silently sending nothing.
 *
 * <p>The senders are singletons created on first use; this bean is created with the context, so
 * the check runs at start whatever asks for the sender first.
 */
@Context
class SmsProviders {

    static final String PROPERTY = "sms.provider";
    static final String CONSOLE = "console";
    static final String ECALL = "ecall";
    static final String TWILIO = "twilio";
    static final List<String> AVAILABLE = List.of(CONSOLE, ECALL, TWILIO);

    SmsProviders(@Value("${" + PROPERTY + ":" + CONSOLE + "}") String provider, Environment environment) {
        switch (provider) {
            case CONSOLE -> { }
            case ECALL -> {
                EcallSettings.from(environment);
                HttpTimeouts.from(environment);
            }
            case TWILIO -> {
                TwilioSettings.from(environment);
                HttpTimeouts.from(environment);
            }
            default -> throw new ConfigurationException("SMS_PROVIDER is '" + provider + "'; supported providers: "
                    + String.join(", ", AVAILABLE));
        }
    }
}
