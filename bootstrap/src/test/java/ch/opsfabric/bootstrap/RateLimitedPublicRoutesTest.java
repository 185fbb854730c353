package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/http-api.md, Limits: each client address may make {@code OPSFABRIC_RATE_LIMIT_PUBLIC} requests to the public
 * routes (here 3 an hour); then they are answered 429 with {@code Retry-After} in the JSON error format, while other
 * addresses and the other routes go on. The test client always connects from the loopback address, so loopback is
 * the trusted proxy here and each test names its client in {@code X-Forwarded-For}; that an untrusted peer's header
 * is ignored is {@link RateLimitFromAnUntrustedPeerTest}'s, and the address resolution is unit-tested in
 * {@code ResolvingTheClientAddressTest}.
 */
@MicronautTest(transactional = false)
class RateLimitedPublicRoutesTest extends ServiceTest {

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("opsfabric.rate-limit.public", "3/1h");
        properties.put("trusted.proxies", "127.0.0.1, ::1");
        return properties;
    }

    private HttpResponse<?> send(MutableHttpRequest<?> request, String client) {
        try {
            return http.toBlocking().exchange(request.header("X-Forwarded-For", client),
                    Argument.mapOf(String.class, Object.class));
        } catch (HttpClientResponseException refused) {
            return refused.getResponse();
        }
    }

    private HttpResponse<?> reviewLink(String client) {
        return send(HttpRequest.GET("/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), client);
    }

    @Test
    void past_the_limit_a_client_is_answered_429_with_retry_after_in_the_json_error_format() {
        for (int request = 0; request < 3; request++) {
            assertThat(reviewLink("203.0.113.7").code()).isEqualTo(404);
        }

        var refused = reviewLink("203.0.113.7");

        assertThat(refused.code()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeaders().get("Retry-After"))).isBetween(1L, 1200L);
        assertThat(refused.getBody(Argument.mapOf(String.class, Object.class)).orElseThrow())
                .containsEntry("error", "too_many_requests");
    }

    @Test
    void another_client_address_is_unaffected() {
        for (int request = 0; request < 4; request++) {
            reviewLink("203.0.113.20");
        }

        assertThat(reviewLink("203.0.113.21").code()).isEqualTo(404);
    }

    @Test
    void the_wizard_posts_share_the_addresss_budget_with_the_review_links() {
        var client = "203.0.113.30";
        assertThat(send(HttpRequest.POST("/api/wizard/visit", Map.of("customer_slug", "nobody")), client).code())
                .isNotEqualTo(429);
        assertThat(send(HttpRequest.POST("/api/ticket", Api.wizardPost("nobody")), client).code()).isEqualTo(404);
        reviewLink(client);

        assertThat(send(HttpRequest.POST("/api/ticket", Api.wizardPost("nobody")), client).code()).isEqualTo(429);
        assertThat(send(HttpRequest.POST("/api/wizard/visit", Map.of("customer_slug", "nobody")), client).code())
                .isEqualTo(429);
    }

    @Test
    void sign_in_and_password_reset_share_the_address_s_budget() {
        var client = "203.0.113.50";
        for (int request = 0; request < 3; request++) {
            reviewLink(client);
        }

        assertThat(send(HttpRequest.GET("/app/login"), client).code()).isEqualTo(429);
        assertThat(send(HttpRequest.POST("/app/login", "email=a%40b.ch&password=x")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), client).code()).isEqualTo(429);
        assertThat(send(HttpRequest.POST("/app/forgot", "email=a%40b.ch")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), client).code()).isEqualTo(429);
        assertThat(send(HttpRequest.GET("/app/reset/AAAAAAAAAAAAAAAA"), client).code()).isEqualTo(429);
    }

    @Test
    void opening_and_posting_the_wizard_page_share_the_address_s_budget_and_past_it_a_german_page_says_so() {
        var client = "203.0.113.51";
        assertThat(send(HttpRequest.GET("/nobody/anfrage"), client).code()).isEqualTo(404);
        assertThat(send(HttpRequest.POST("/nobody/anfrage", Map.of("flow", "notfall"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), client).code()).isEqualTo(404);
        reviewLink(client);

        assertThat(send(HttpRequest.POST("/nobody/anfrage", Map.of("flow", "notfall"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), client).code()).isEqualTo(429);
        var page = new Api(http).sendForText(HttpRequest.GET("/nobody/anfrage").header("X-Forwarded-For", client));
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.body()).contains("Zu viele Anfragen", "lang=\"de\"");
    }

    @Test
    void routes_that_are_not_public_are_not_limited() {
        for (int request = 0; request < 4; request++) {
            reviewLink("203.0.113.40");
        }

        assertThat(send(HttpRequest.GET("/health"), "203.0.113.40").code()).isEqualTo(200);
    }
}
