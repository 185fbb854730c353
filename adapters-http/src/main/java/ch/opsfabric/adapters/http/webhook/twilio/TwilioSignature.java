package ch.opsfabric.adapters.http.webhook.twilio;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Twilio's request signature ({@code X-Twilio-Signature}): HMAC-SHA1, keyed with the auth token,
 * over the public URL followed by every form parameter as name and value, sorted by name; Base64.
 * JSON bodies are covered instead by a {@code bodySHA256} query parameter that is part of the
 * signed URL. Compared in constant time.
 */
final class TwilioSignature {

    private TwilioSignature() {
    }

    static boolean validForm(String authToken, String url, Map<String, List<String>> parameters, String signature) {
        var data = new StringBuilder(url);
        new TreeMap<>(parameters).forEach((name, values) -> values.stream().sorted()
                .forEach(value -> data.append(name).append(value)));
        return matches(compute(authToken, data.toString()), signature);
    }

    static boolean validJson(String authToken, String url, String bodySha256Parameter, byte[] body, String signature) {
        if (bodySha256Parameter == null || !matches(sha256Hex(body), bodySha256Parameter)) {
            return false;
        }
        return matches(compute(authToken, url), signature);
    }

    static String compute(String authToken, String data) {
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    private static String sha256Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (GeneralSecurityException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    private static boolean matches(String expected, String presented) {
        return presented != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
