package ch.opsfabric.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * FlowSight's operator address, checked at start.
 *
 * @param email {@code OPSFABRIC_OPERATOR_EMAIL}: where the daily-SMS-cap notices go besides the business; unset tells
 *              the business only
 */
@Context
@ConfigurationProperties("opsfabric.operator")
record OperatorSettings(@Nullable String email) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    OperatorSettings {
        email = email == null || email.isBlank() ? null : email.strip();
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new ConfigurationException("OPSFABRIC_OPERATOR_EMAIL is '" + email + "': expected an e-mail address");
        }
    }

    Optional<String> address() {
        return Optional.ofNullable(email);
    }
}
