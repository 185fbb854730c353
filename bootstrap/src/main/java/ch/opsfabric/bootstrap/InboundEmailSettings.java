package ch.opsfabric.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code INBOUND_EMAIL_DOMAIN}: the mail domain whose addresses {@code {slug}@{domain}} reach the
 * businesses through the e-mail webhook. Unset, no e-mail finds a business (404) and e-mails to
 * customers ask for no answer. Checked at start: a value that is no domain would only show up as
 * e-mails that never arrive.
 */
@Context
@ConfigurationProperties("inbound.email")
record InboundEmailSettings(@Nullable String domain) {

    private static final Pattern DOMAIN =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    InboundEmailSettings {
        domain = domain == null || domain.isBlank() ? null : domain.strip().toLowerCase(Locale.ROOT);
        if (domain != null && !DOMAIN.matcher(domain).matches()) {
            throw new ConfigurationException("INBOUND_EMAIL_DOMAIN is '" + domain + "': expected a mail domain "
                    + "such as inbound.opsfabric.ch");
        }
    }

    Optional<String> configured() {
        return Optional.ofNullable(domain);
    }
}
