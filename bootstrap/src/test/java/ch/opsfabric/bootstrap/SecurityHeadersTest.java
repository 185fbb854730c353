package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of answer carries the browser protections: a JSON answer, TwiML, an error of a
 * controller (422) and of the router (404), a refusal a filter gives itself (401) and the review
 * link's redirect.
 */
@MicronautTest(transactional = false)
class SecurityHeadersTest extends ServiceTest {

    private static final String BUSINESS = "+41435007777";
    private static final String REVIEW_TOKEN = "SecurityHeadersReview01";

    private Api api;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("micronaut.http.client.follow-redirects", "false");
        return properties;
    }

    @BeforeAll
    void business() {
        api = new Api(http);
        api.provision(Map.of("name", "Dörfler AG", "slug", "headers", "email", "info@doerfler.example",
                "sms_number", BUSINESS, "google_review_link", "https://g.page/r/doerfler-review/review"));
    }

    @Test
    void a_json_answer_carries_them() {
        var answer = exchange(HttpRequest.POST("/api/ticket", Api.wizardPost("headers")));

        assertThat(answer.code()).isEqualTo(201);
        assertProtected(answer);
    }

    @Test
    void a_twiml_webhook_answer_carries_them() {
        var answer = exchange(Telephony.form("/api/webhook/missed-call",
                Telephony.call("CA-headers", "+41797654321", BUSINESS, "no-answer")));

        assertThat(answer.code()).isEqualTo(200);
        assertThat(answer.getContentType()).hasValueSatisfying(type -> assertThat(type.getSubtype()).isEqualTo("xml"));
        assertProtected(answer);
    }

    @Test
    void an_invalid_field_answer_carries_them() {
        var post = Api.wizardPost("headers");
        post.put("urgency", "EXTREME");

        var answer = exchange(HttpRequest.POST("/api/ticket", post));

        assertThat(answer.code()).isEqualTo(422);
        assertProtected(answer);
    }

    @Test
    void the_answer_to_a_body_over_the_limit_carries_them() {
        var post = Api.wizardPost("headers");
        post.put("summary", "A".repeat(70_000));

        var answer = exchange(HttpRequest.POST("/api/ticket", post));

        assertThat(answer.code()).isEqualTo(413);
        assertProtected(answer);
    }

    @Test
    void the_answer_for_no_such_route_carries_them() {
        var answer = exchange(HttpRequest.GET("/no/such/route"));

        assertThat(answer.code()).isEqualTo(404);
        assertProtected(answer);
    }

    @Test
    void a_refusal_by_a_filter_carries_them() {
        var answer = exchange(HttpRequest.GET("/api/admin/reports/overview?month=2026-11").bearerAuth("wrong"));

        assertThat(answer.code()).isEqualTo(401);
        assertProtected(answer);
    }

    @Test
    void the_review_links_redirect_carries_them() {
        var ticket = UUID.fromString((String) api.postTicket(Api.wizardPost("headers")).body().get("ticket_id"));
        rows.update("UPDATE tickets SET review_request_sent_at = now(), review_token = ? WHERE id = ?", REVIEW_TOKEN,
                ticket);

        var answer = exchange(HttpRequest.GET("/r/" + REVIEW_TOKEN));

        assertThat(answer.code()).isEqualTo(302);
        assertThat(answer.header("Location")).isEqualTo("https://g.page/r/doerfler-review/review");
        assertProtected(answer);
    }

    private static void assertProtected(HttpResponse<?> answer) {
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(answer.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    private HttpResponse<?> exchange(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class);
        } catch (HttpClientResponseException refused) {
            return refused.getResponse();
        }
    }
}
