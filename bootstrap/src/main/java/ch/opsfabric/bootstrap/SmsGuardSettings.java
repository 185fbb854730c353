package ch.opsfabric.bootstrap;

import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.SmsCountries;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The SMS pumping guard's settings (docs/domain-rules.md, SMS pumping guard), checked at start so a mistyped
 * country or address stops the start naming the variable instead of refusing SMS later.
 *
 * @param allowedCountries {@code SMS_ALLOWED_COUNTRIES}: ISO codes of the countries SMS may go to
 */
@Context
@ConfigurationProperties("sms")
record SmsGuardSettings(@Bindable(defaultValue = "CH,LI") String allowedCountries) {

    SmsGuardSettings {
        countries(allowedCountries);
    }

    SmsCountries countries() {
        return countries(allowedCountries);
    }

    private static SmsCountries countries(String list) {
        try {
            return SmsCountries.parse(list);
        } catch (InvalidValue invalid) {
            throw new ConfigurationException(invalid.getMessage());
        }
    }
}
