package ch.opsfabric.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.Optional;

/** @param dashboardUrl {@code OPSFABRIC_DASHBOARD_URL}: where the routing e-mail's link points; the ticket id is appended */
@ConfigurationProperties("opsfabric")
record DashboardSettings(@Nullable String dashboardUrl) {

    Optional<String> link() {
        return Optional.ofNullable(dashboardUrl).filter(url -> !url.isBlank());
    }
}
