package ch.opsfabric.adapters.http;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards {@code /prometheus} with {@code METRICS_TOKEN} when it is set (401 without the right
 * bearer token). Unlike the admin API's secret, an unset token leaves the metrics open: they name
 * no business and no person, and a scraper inside a private network often has no secret to send.
 * The start logs a warning then (created with the context, not at the first scrape), as an
 * operator exposing the port should set one.
 */
@Context
@ServerFilter(patterns = {MetricsTokenFilter.ROUTE, MetricsTokenFilter.ROUTE + "/**"})
final class MetricsTokenFilter {

    static final String ROUTE = "/prometheus";
    private static final Logger LOG = LoggerFactory.getLogger(MetricsTokenFilter.class);

    private final String token;

    MetricsTokenFilter(@Value("${metrics.token:}") String token) {
        this.token = token == null ? "" : token.strip();
        if (this.token.isEmpty()) {
            LOG.warn("METRICS_TOKEN is not set: /prometheus answers anyone who reaches this port");
        }
    }

    @RequestFilter
    void requireToken(HttpRequest<?> request) {
        if (!token.isEmpty() && !BearerSecret.matches(request.getHeaders().get(HttpHeaders.AUTHORIZATION), token)) {
            throw new Unauthorized("a valid metrics token is required (Authorization: Bearer …)");
        }
    }
}
