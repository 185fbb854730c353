package ch.opsfabric.adapters.http.page.customer;

import ch.opsfabric.application.port.PublicAddress;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.util.Optional;
import java.util.UUID;

/**
 * Remembers, for the browser session only, that this visitor's opening of a business's wizard was counted: the
 * cookie holds the visit's random id and nothing else, lives until the browser closes, and is sent back to
 * that business's wizard only. Its id goes with the request, so the visit counts as captured.
 */
final class VisitCookie {

    static final String NAME = "anfrage_besuch";

    private VisitCookie() {
    }

    static Optional<UUID> of(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).flatMap(VisitCookie::uuid);
    }

    static Cookie of(String slug, UUID visit, PublicAddress address) {
        return Cookie.of(NAME, visit.toString()).path("/" + slug + "/anfrage").httpOnly(true)
                .sameSite(SameSite.Lax).secure("https".equals(address.base().getScheme()));
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
