package ch.opsfabric.adapters.sms;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.value.PropertyResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one provider's settings and collects every missing one, so the operator learns all the
 * environment variables to set from a single failed start instead of one per restart.
 *
 * <p>Each setting is named twice: by its Micronaut property (what the code reads) and by the
 * environment variable (what the operator sets). Micronaut maps {@code TWILIO_ACCOUNT_SID} to
 * {@code twilio.account-sid}; the messages always speak of the variable.
 */
final class ProviderSettings {

    private final String provider;
    private final PropertyResolver properties;
    private final List<String> missing = new ArrayList<>();

    ProviderSettings(String provider, PropertyResolver properties) {
        this.provider = provider;
        this.properties = properties;
    }

    /** The value, or an empty string after noting the variable as missing. Blank counts as missing. */
    String required(String property, String variable) {
        var value = optional(property);
        if (value.isEmpty()) {
            missing.add(variable);
        }
        return value.orElse("");
    }

    Optional<String> optional(String property) {
        return properties.getProperty(property, String.class).map(String::strip).filter(value -> !value.isEmpty());
    }

    /** Stops the start when anything required was missing, naming every missing variable. */
    void requireComplete() {
        if (missing.isEmpty()) {
            return;
        }
        var names = missing.size() == 1
                ? missing.getFirst() + " is"
                : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.getLast() + " are";
        throw new ConfigurationException("SMS_PROVIDER is '" + provider + "' but " + names + " not set");
    }

    /** A setting that is present but unusable stops the start too, naming the variable and the rule. */
    static ConfigurationException invalid(String variable, String value, String rule) {
        return new ConfigurationException(variable + " is '" + value + "': " + rule);
    }
}
