package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/http-api.md, Limits: without {@code TRUSTED_PROXIES} naming the peer, {@code X-Forwarded-For} is ignored, so
 * a client cannot escape its limit by writing another address into the header.
 */
@MicronautTest(transactional = false)
class RateLimitFromAnUntrustedPeerTest extends ServiceTest {

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("opsfabric.rate-limit.public", "2/1h");
        return properties;
    }

    private int reviewLinkClaimingToBe(String client) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET("/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                    .header("X-Forwarded-For", client), Argument.mapOf(String.class, Object.class)).code();
        } catch (HttpClientResponseException refused) {
            return refused.code();
        }
    }

    @Test
    void x_forwarded_for_from_an_untrusted_peer_is_ignored() {
        assertThat(reviewLinkClaimingToBe("203.0.113.1")).isEqualTo(404);
        assertThat(reviewLinkClaimingToBe("203.0.113.2")).isEqualTo(404);

        assertThat(reviewLinkClaimingToBe("203.0.113.3")).isEqualTo(429);
    }
}
