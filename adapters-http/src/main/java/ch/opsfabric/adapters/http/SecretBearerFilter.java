package ch.opsfabric.adapters.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Guards the routes an operator or a scheduler calls with a configured secret: the admin API
 * ({@code ADMIN_TOKEN}) and the cron jobs ({@code CRON_SECRET}). It runs before the body is read,
 * so a caller without the secret learns nothing about what the body should hold. With no secret
 * configured the routes are off (503): an unset secret must never mean "open to everyone".
 */
@ServerFilter(patterns = {SecretBearerFilter.ADMIN_ROUTES, SecretBearerFilter.CRON_ROUTES})
final class SecretBearerFilter {

    static final String ADMIN_ROUTES = "/api/admin/**";
    static final String CRON_ROUTES = "/api/cron/**";

    private final Guard admin;
    private final Guard cron;

    SecretBearerFilter(OperatorSecrets.Admin admin, OperatorSecrets.Cron cron) {
        this.admin = new Guard(admin.token(), "the admin API is disabled: ADMIN_TOKEN is not set",
                "a valid admin token is required (Authorization: Bearer …)");
        this.cron = new Guard(cron.secret(), "the cron endpoints are disabled: CRON_SECRET is not set",
                "a valid cron secret is required (Authorization: Bearer …)");
    }

    @RequestFilter
    void requireSecret(HttpRequest<?> request) {
        var guard = request.getPath().startsWith("/api/cron/") ? cron : admin;
        guard.check(request.getHeaders().get(HttpHeaders.AUTHORIZATION));
    }

    private record Guard(String secret, String whenUnset, String whenWrong) {

        void check(String authorization) {
            if (secret == null || secret.isBlank()) {
                throw new Unavailable(whenUnset);
            }
            if (!BearerSecret.matches(authorization, secret)) {
                throw new Unauthorized(whenWrong);
            }
        }
    }
}
