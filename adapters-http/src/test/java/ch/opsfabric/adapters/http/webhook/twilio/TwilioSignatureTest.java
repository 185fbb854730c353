package ch.opsfabric.adapters.http.webhook.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TwilioSignatureTest {

    private static final String DOCUMENTED_URL = "https://mycompany.com/myapp.php?foo=1&bar=2";

    private static Map<String, List<String>> documentedParameters(String caller) {
        return Map.of("CallSid", List.of("CA1234567890ABCDE"), "Caller", List.of(caller), "Digits", List.of("1234"),
                "From", List.of(caller), "To", List.of("+18005551212"));
    }

    @Test
    void twilios_published_example_validates() {
        assertThat(TwilioSignature.validForm("12345", DOCUMENTED_URL, documentedParameters("+14158675310"),
                "GvWf1cFY/Q7PnoempGyD5oXAezc=")).isTrue();
        assertThat(TwilioSignature.validForm("12345", DOCUMENTED_URL, documentedParameters("+12349013030"),
                "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isTrue();
    }

    @Test
    void a_changed_parameter_breaks_the_signature() {
        assertThat(TwilioSignature.validForm("12345", DOCUMENTED_URL, documentedParameters("+14158675311"),
                "GvWf1cFY/Q7PnoempGyD5oXAezc=")).isFalse();
    }

    @Test
    void another_url_breaks_the_signature() {
        assertThat(TwilioSignature.validForm("12345", "https://attacker.example/myapp.php?foo=1&bar=2",
                documentedParameters("+14158675310"), "GvWf1cFY/Q7PnoempGyD5oXAezc=")).isFalse();
    }

    @Test
    void a_missing_signature_is_invalid() {
        assertThat(TwilioSignature.validForm("12345", DOCUMENTED_URL, documentedParameters("+14158675310"), null))
                .isFalse();
    }

    @Test
    void a_json_body_is_covered_by_its_sha256_in_the_signed_url() {
        var body = "{\"CallSid\":\"CA1\"}".getBytes(StandardCharsets.UTF_8);
        var realDigest = HexFormat.of().formatHex(sha256(body));
        var otherDigest = HexFormat.of().formatHex(sha256("{}".getBytes(StandardCharsets.UTF_8)));
        var url = "https://ops.example/api/webhook/missed-call?bodySHA256=" + realDigest;
        var signature = TwilioSignature.compute("secret", url);

        assertThat(TwilioSignature.validJson("secret", url, realDigest, body, signature)).isTrue();
        assertThat(TwilioSignature.validJson("secret", url, otherDigest, body, signature)).isFalse();
        assertThat(TwilioSignature.validJson("secret", url, realDigest, "{\"CallSid\":\"CA2\"}".getBytes(
                StandardCharsets.UTF_8), signature)).isFalse();
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
