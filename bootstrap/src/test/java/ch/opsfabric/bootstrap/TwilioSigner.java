package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook requests as Twilio does, and checks each signature with Twilio's own SDK before
 * it is used, so the service is proven against Twilio's code rather than our reading of it.
 */
final class TwilioSigner {

    private TwilioSigner() {
    }

    static String sign(String authToken, String url, Map<String, String> fields) {
        try {
            var data = new StringBuilder(url);
            new TreeMap<>(fields).forEach((name, value) -> data.append(name).append(value));
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            var signature = Base64.getEncoder().encodeToString(
                    mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
            assertThat(new RequestValidator(authToken).validate(url, fields, signature))
                    .as("Twilio's SDK accepts the signature").isTrue();
            return signature;
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
