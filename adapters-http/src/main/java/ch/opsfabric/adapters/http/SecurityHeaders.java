package ch.opsfabric.adapters.http;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Every answer, API, error, redirect or page, tells the browser not to guess its type
 * ({@code X-Content-Type-Options: nosniff}), not to show it inside another site's frame
 * ({@code frame-ancestors 'none'}) and to load nothing on its behalf ({@code default-src 'none'}:
 * right for JSON, TwiML and redirects). A page that needs scripts or styles sets its own
 * {@code Content-Security-Policy}, which is then left as it is; it must keep
 * {@code frame-ancestors 'none'}.
 *
 * <p>{@code Referrer-Policy: no-referrer} rather than {@code strict-origin-when-cross-origin}:
 * nothing here needs to know where a visitor came from, and the review link's token
 * ({@code /r/{token}}) or a staff page's address must not reach Google or any other site.
 *
 * <p>Outermost of all filters, so the headers are on the answers other filters give themselves
 * (a refused webhook, a missing token) too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(Ordered.HIGHEST_PRECEDENCE)
final class SecurityHeaders {

    static final String CONTENT_TYPE_OPTIONS = "X-Content-Type-Options";
    static final String REFERRER_POLICY = "Referrer-Policy";
    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String NOTHING_LOADED_NEVER_FRAMED = "default-src 'none'; frame-ancestors 'none'";

    @ResponseFilter
    void secure(MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set(CONTENT_TYPE_OPTIONS, "nosniff");
        headers.set(REFERRER_POLICY, "no-referrer");
        if (!headers.contains(CONTENT_SECURITY_POLICY)) {
            headers.set(CONTENT_SECURITY_POLICY, NOTHING_LOADED_NEVER_FRAMED);
        }
    }
}
