package ch.opsfabric.application.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Staff tokens are stored as SHA-256 digests only: the raw token is shown once at provisioning
 * and a leaked database reveals none. A plain digest suffices because tokens are 256 random bits,
 * not passwords a person chose.
 */
public final class StaffTokens {

    private StaffTokens() {
    }

    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
