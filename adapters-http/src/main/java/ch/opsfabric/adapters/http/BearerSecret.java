package ch.opsfabric.adapters.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks an {@code Authorization: Bearer …} header against a configured secret in constant time.
 * Both sides are hashed first so that neither the content nor the length of the secret leaks
 * through timing.
 */
final class BearerSecret {

    private static final String PREFIX = "Bearer ";

    private BearerSecret() {
    }

    static boolean matches(String authorizationHeader, String configuredSecret) {
        if (configuredSecret == null || configuredSecret.isBlank()) {
            return false;
        }
        var presented = authorizationHeader != null && authorizationHeader.startsWith(PREFIX)
                ? authorizationHeader.substring(PREFIX.length()).strip()
                : "";
        return MessageDigest.isEqual(sha256(presented), sha256(configuredSecret));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
