package ch.opsfabric.adapters.http;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** The secrets that open the operator's routes; unset, a route is off rather than open. */
final class OperatorSecrets {

    private OperatorSecrets() {
    }

    /** {@code ADMIN_TOKEN}: the provisioning API and FlowSight's reports. */
    @ConfigurationProperties("admin")
    record Admin(@Nullable String token) {

        @Override
        public String toString() {
            // A record prints every component; a secret must never reach a log.
            return "OperatorSecrets.Admin[set=" + (token != null && !token.isBlank()) + "]";
        }
    }

    /** {@code CRON_SECRET}: the jobs a scheduler may start on demand. */
    @ConfigurationProperties("cron")
    record Cron(@Nullable String secret) {

        @Override
        public String toString() {
            return "OperatorSecrets.Cron[set=" + (secret != null && !secret.isBlank()) + "]";
        }
    }
}
