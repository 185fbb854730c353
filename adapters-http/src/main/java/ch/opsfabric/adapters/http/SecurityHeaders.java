package ch.opsfabric.adapters.http;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Map;

/**
 * Every answer, API, error, redirect or page, tells the browser not to guess its type
 * ({@code X-Content-Type-Options: nosniff}), not to show it inside another site's frame
 * ({@code frame-ancestors 'none'}) and to load nothing on its behalf ({@code default-src 'none'}:
 * right for JSON, TwiML and redirects). An HTML page (adapters.http.page) gets
 * {@link #PAGE_POLICY}: its own scripts, stylesheets, images and htmx requests from this
 * origin only, forms posted only here, and no inline script or style at all; a JSON-LD block
 * ({@code <script type="application/ld+json">}) is data, never run, so it needs no exception. An answer that
 * sets its own {@code Content-Security-Policy} keeps it; it must keep {@code frame-ancestors 'none'}.
 *
 * <p>{@code Referrer-Policy: no-referrer} rather than {@code strict-origin-when-cross-origin}:
 * nothing here needs to know where a visitor came from, and the review link's token
 * ({@code /r/{token}}) or a staff page's address must not reach Google or any other site. Pages send
 * {@code same-origin} instead, which tells other sites just as little: under {@code no-referrer} a browser
 * posts a page's form with {@code Origin: null}, which neither the wizard's origin check nor Micronaut's
 * protection of a service on localhost against other sites' posts can tell from a foreign post.
 *
 * <p>Outermost of all filters, so the headers are on the answers other filters give themselves
 * (a refused webhook, a missing token) too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(Ordered.HIGHEST_PRECEDENCE)
final class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    /** Also on the answers {@link UnreadableRequests} gives before Micronaut sees the request. */
    static final Map<String, String> NOT_A_PAGE = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            CONTENT_SECURITY_POLICY, "default-src 'none'; frame-ancestors 'none'");
    private static final Map<String, String> PAGE = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            CONTENT_SECURITY_POLICY, PAGE_POLICY);

    @ResponseFilter
    void secure(MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        var ownPolicy = headers.get(CONTENT_SECURITY_POLICY);
        (isPage(response) ? PAGE : NOT_A_PAGE).forEach(headers::set);
        if (ownPolicy != null) {
            headers.set(CONTENT_SECURITY_POLICY, ownPolicy);
        }
    }

    private static boolean isPage(MutableHttpResponse<?> response) {
        return response.getContentType().map(type -> type.matches(MediaType.TEXT_HTML_TYPE)).orElse(false);
    }
}
