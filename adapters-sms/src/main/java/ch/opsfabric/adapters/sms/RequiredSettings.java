package ch.opsfabric.adapters.sms;

import io.micronaut.context.exceptions.ConfigurationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every missing setting of a provider, so the operator learns all the environment
 * variables to set from a single failed start instead of one per restart. The messages always
 * speak of the variable ({@code TWILIO_ACCOUNT_SID}), which Micronaut maps to the property the
 * code binds ({@code twilio.account-sid}).
 */
public final class RequiredSettings {

    private final String provider;
    private final List<String> missing = new ArrayList<>();

    private RequiredSettings(String provider) {
        this.provider = provider;
    }

    /** @param provider the value of {@code SMS_PROVIDER} that needs these settings */
    public static RequiredSettings of(String provider) {
        return new RequiredSettings(provider);
    }

    /** Notes the variable as missing when its value is null (blank values are {@link #present stripped} to null). */
    public RequiredSettings require(String value, String variable) {
        if (value == null) {
            missing.add(variable);
        }
        return this;
    }

    /** Stops the start when anything required was missing, naming every missing variable. */
    public void check() {
        if (missing.isEmpty()) {
            return;
        }
        var names = missing.size() == 1
                ? missing.getFirst() + " is"
                : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.getLast() + " are";
        throw new ConfigurationException("SMS_PROVIDER is '" + provider + "' but " + names + " not set");
    }

    /** The value without surrounding blanks, or null when nothing is left: a blank setting counts as unset. */
    public static String present(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A setting that is present but unusable stops the start too, naming the variable and the rule. */
    public static ConfigurationException invalid(String variable, String value, String rule) {
        return new ConfigurationException(variable + " is '" + value + "': " + rule);
    }
}
