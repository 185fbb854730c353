package ch.opsfabric.adapters.http.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The check of providers that authenticate their callbacks with a shared key in the URL ({@code ?key=}). */
public final class SharedKey {

    private SharedKey() {
    }

    /** Both sides hashed first, so neither the content nor the length of the key leaks through timing. */
    public static boolean matches(String presented, String configured) {
        if (presented == null) {
            return false;
        }
        try {
            var sha256 = MessageDigest.getInstance("SHA-256");
            var expected = sha256.digest(configured.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(sha256.digest(presented.strip().getBytes(StandardCharsets.UTF_8)), expected);
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
