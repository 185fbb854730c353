package ch.opsfabric.bootstrap;

import ch.opsfabric.domain.InvalidValue;
import ch.opsfabric.domain.phone.SmsCountries;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.Optional;
import java.util.regex.Pattern;

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

    /**
     * @param email {@code OPSFABRIC_OPERATOR_EMAIL}: FlowSight's address for the daily-cap notices; unset tells the
     *              business only
     */
    @Context
    @ConfigurationProperties("opsfabric.operator")
    record Operator(@Nullable String email) {

        private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

        Operator {
            email = email == null || email.isBlank() ? null : email.strip();
            if (email != null && !EMAIL.matcher(email).matches()) {
                throw new ConfigurationException("OPSFABRIC_OPERATOR_EMAIL is '" + email + "': expected an e-mail address");
            }
        }

        Optional<String> address() {
            return Optional.ofNullable(email);
        }
    }
}
