package ch.opsfabric.adapters.http;

import ch.opsfabric.application.port.PublicAddress;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The cookies of the staff pages: the session, and before sign-in the form token the forms repeat in a hidden
 * field (double submit), so another site cannot post them in a visitor's name. Both are HttpOnly and
 * SameSite=Lax, and Secure when the service's public address is https.
 */
@Singleton
final class SessionCookies {

    static final String SESSION = "opsfabric_session";
    static final String FORM = "opsfabric_form";
    /** The header a cookie-signed request that changes something carries its session's token in. */
    static final String CSRF_HEADER = "X-CSRF-Token";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final boolean secure;

    SessionCookies(PublicAddress address) {
        this.secure = "https".equals(address.base().getScheme());
    }

    Cookie session(String token) {
        return secured(Cookie.of(SESSION, token));
    }

    Cookie sessionEnded() {
        return secured(Cookie.of(SESSION, "")).maxAge(0);
    }

    static Optional<String> sessionOf(HttpRequest<?> request) {
        return request.getCookies().findCookie(SESSION).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    /** The visitor's form token, or a new one to set with {@link #formToken(String)}. */
    static Optional<String> formTokenOf(HttpRequest<?> request) {
        return request.getCookies().findCookie(FORM).map(Cookie::getValue).filter(value -> value.length() >= 20);
    }

    static String newFormToken() {
        var bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    Cookie formToken(String token) {
        return secured(Cookie.of(FORM, token));
    }

    private Cookie secured(Cookie cookie) {
        return cookie.httpOnly(true).sameSite(SameSite.Lax).secure(secure).path("/");
    }

    /** Compares in constant time, so the answer's timing tells nothing about the expected token. */
    static boolean same(String expected, String given) {
        return expected != null && given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
