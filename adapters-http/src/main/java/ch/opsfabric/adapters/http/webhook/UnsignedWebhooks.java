package ch.opsfabric.adapters.http.webhook;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a callback of a provider whose secret is not configured: it is refused with 503
 * naming the variable, unless it is taken unchecked for one of two reasons: the service runs on
 * its embedded demo database (only the person trying it posts there, and the walk-through posts
 * unsigned callbacks), or {@code OPSFABRIC_ALLOW_UNSIGNED_WEBHOOKS=true} says so. An unset secret
 * must never quietly mean "anyone may post a missed call or a reply". A provider whose secret is
 * set is checked whatever this says.
 *
 * <p>Created at start: a value of the variable that is neither {@code true} nor {@code false}
 * stops the start instead of being guessed, and when callbacks are taken unchecked one warning
 * says so, naming the variables that are missing.
 */
@Context
final class UnsignedWebhooks {

    /** {@code OPSFABRIC_ALLOW_UNSIGNED_WEBHOOKS}. */
    static final String ALLOW = "opsfabric.allow-unsigned-webhooks";
    static final String ALLOW_VARIABLE = "OPSFABRIC_ALLOW_UNSIGNED_WEBHOOKS";
    /** Set by bootstrap when it started the embedded PostgreSQL because no database was configured. */
    static final String EMBEDDED_DATABASE = "opsfabric.embedded-database";

    private static final Logger LOG = LoggerFactory.getLogger(UnsignedWebhooks.class);

    private final Optional<String> acceptedBecause;

    UnsignedWebhooks(@Value("${" + ALLOW + ":}") String allow,
                     @Value("${" + EMBEDDED_DATABASE + ":false}") boolean embedded, List<ProviderWebhooks> providers) {
        if (allowed(allow)) {
            acceptedBecause = Optional.of(ALLOW_VARIABLE + "=true");
        } else if (embedded) {
            acceptedBecause = Optional.of("the service runs on its embedded demo database");
        } else {
            acceptedBecause = Optional.empty();
        }
        announce(providers);
    }

    /** Whether a callback that cannot be checked is taken anyway. */
    boolean accepted() {
        return acceptedBecause.isPresent();
    }

    /** Why they are taken, as the start-up warning says it; empty when they are refused. */
    Optional<String> acceptedBecause() {
        return acceptedBecause;
    }

    private void announce(List<ProviderWebhooks> providers) {
        var unchecked = providers.stream().filter(provider -> !provider.secretConfigured()).toList();
        if (unchecked.isEmpty()) {
            return;
        }
        var missing = unchecked.stream().map(provider -> provider.name() + " (" + provider.secretVariable() + ")")
                .collect(Collectors.joining(", "));
        if (accepted()) {
            LOG.warn("Unsigned webhooks are accepted because {}: callbacks of {} are taken without any check. "
                    + "Set the variables before real providers call this service.", acceptedBecause.get(), missing);
        } else {
            LOG.info("Webhooks of {} are refused with 503 until the variable is set", missing);
        }
    }

    private static boolean allowed(String setting) {
        return switch (setting.strip().toLowerCase(Locale.ROOT)) {
            case "", "false" -> false;
            case "true" -> true;
            default -> throw new ConfigurationException(ALLOW_VARIABLE + " is '" + setting.strip()
                    + "': expected true or false");
        };
    }
}
