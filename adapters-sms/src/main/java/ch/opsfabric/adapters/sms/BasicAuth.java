package ch.opsfabric.adapters.sms;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;

/** HTTP Basic credentials (RFC 7617, UTF-8). Prints without the secret. */
public record BasicAuth(String user, String secret) {

    public String header() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(UTF_8));
    }

    @Override
    public String toString() {
        return "BasicAuth[user=" + user + "]";
    }
}
