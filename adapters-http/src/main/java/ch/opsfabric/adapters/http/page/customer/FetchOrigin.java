package ch.opsfabric.adapters.http.page.customer;

import ch.opsfabric.application.port.PublicAddress;
import io.micronaut.http.HttpRequest;
import java.net.URI;
import java.util.Optional;

/**
 * The wizard's protection against cross-site posts. The form is public and no cookie grants anything, so
 * another site could at most make a visitor's browser post a request in the visitor's name; browsers say where
 * a post comes from, and one from another site is refused. Current browsers send {@code Sec-Fetch-Site}
 * (Fetch Metadata), which is taken as it is; for older ones an {@code Origin} naming another host than this
 * service's public address (or, unconfigured, the {@code Host} asked for), or {@code null} (a sandboxed or
 * privacy-hidden origin; the pages' {@code Referrer-Policy: same-origin} lets their own posts name theirs), is
 * refused. A client that sends neither (curl, a script) is no browser: there is no visitor to protect, and the form
 * behaves like {@code POST /api/ticket}, which it also limits per client address.
 */
final class FetchOrigin {

    private FetchOrigin() {
    }

    static boolean isCrossSite(HttpRequest<?> request, PublicAddress address) {
        var site = request.getHeaders().get("Sec-Fetch-Site");
        if (site != null) {
            return !"same-origin".equals(site) && !"none".equals(site);
        }
        var origin = request.getHeaders().get("Origin");
        if (origin == null) {
            return false;
        }
        if ("null".equals(origin)) {
            return true;
        }
        var expected = address.ifConfigured().map(URI::getAuthority)
                .or(() -> Optional.ofNullable(request.getHeaders().get("Host")));
        return expected.map(authority -> !authority.equalsIgnoreCase(authorityOf(origin))).orElse(false);
    }

    private static String authorityOf(String origin) {
        try {
            var authority = URI.create(origin).getAuthority();
            return authority == null ? "" : authority;
        } catch (IllegalArgumentException unreadable) {
            return "";
        }
    }
}
