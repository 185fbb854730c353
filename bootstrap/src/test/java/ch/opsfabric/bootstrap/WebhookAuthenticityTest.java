package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * With TWILIO_AUTH_TOKEN and ECALL_WEBHOOK_SECRET set, only authentic callbacks are processed.
 * Requests are signed here and checked with Twilio's own SDK before they are sent, so the
 * service is proven compatible with Twilio's code, not with our reading of it. Without them, on
 * a configured database, no callback is processed at all (503 naming the variable); the embedded
 * default's exception is {@link UnsignedWebhooksOnTheDemoDefaultTest}'s.
 */
@MicronautTest(transactional = false)
class WebhookAuthenticityTest extends ServiceTest {

    private static final String AUTH_TOKEN = "twilio-test-auth-token";
    private static final String PUBLIC_URL = "https://ops.example";
    private static final String BUSINESS = "+41435009999";
    private static final String CALLER = "+41797654321";

    private Api api;

    @Inject
    Router router;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("twilio.auth-token", AUTH_TOKEN);
        properties.put("app.base-url", PUBLIC_URL);
        properties.put("ecall.webhook-secret", "ecall-shared-secret");
        return properties;
    }

    @BeforeAll
    void business() {
        api = new Api(http);
        api.provision(Map.of("name", "Müller Heizungen", "slug", "mueller", "email", "info@mueller.example",
                "sms_number", BUSINESS));
    }

    private static String sign(String url, Map<String, String> fields) {
        return TwilioSigner.sign(AUTH_TOKEN, url, fields);
    }

    private long calls() {
        return rows.count("SELECT count(*) FROM calls");
    }

    @Test
    void a_correctly_signed_missed_call_is_processed() {
        var fields = Telephony.call("CA-signed", CALLER, BUSINESS, "no-answer");

        var answer = api.sendForText(Telephony.form("/api/webhook/missed-call", fields)
                .header("X-Twilio-Signature", sign(PUBLIC_URL + "/api/webhook/missed-call", fields)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(rows.count("SELECT count(*) FROM calls WHERE call_sid = 'CA-signed'")).isEqualTo(1);
    }

    @Test
    void an_unsigned_missed_call_is_refused_with_403_and_nothing_is_stored() {
        var before = calls();

        var answer = api.sendForText(Telephony.form("/api/webhook/missed-call",
                Telephony.call("CA-unsigned", CALLER, BUSINESS, "no-answer")));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(calls()).isEqualTo(before);
    }

    @Test
    void a_signature_over_other_parameters_is_refused() {
        var fields = Telephony.call("CA-tampered", CALLER, BUSINESS, "no-answer");
        var signature = sign(PUBLIC_URL + "/api/webhook/missed-call", fields);
        fields.put("From", "+41790000000");

        var answer = api.sendForText(Telephony.form("/api/webhook/missed-call", fields)
                .header("X-Twilio-Signature", signature));

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void a_signature_over_the_request_host_instead_of_the_public_url_is_refused() {
        var fields = Telephony.call("CA-host", CALLER, BUSINESS, "no-answer");

        var answer = api.sendForText(Telephony.form("/api/webhook/missed-call", fields)
                .header("X-Twilio-Signature", sign("http://localhost/api/webhook/missed-call", fields)));

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void an_unsigned_json_webhook_is_refused_too() {
        var answer = api.sendForText(HttpRequest.POST("/api/webhook/missed-call",
                Telephony.call("CA-json", CALLER, BUSINESS, "no-answer")));

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void an_ecall_reply_with_the_shared_key_keeps_its_umlauts() {
        var body = "AddressFrom=%2B41797654321&AddressTo=%2B41435009999&Message=Gr%FCezi%2C+die+Heizung+f%E4llt+aus"
                + "&JobID=ecall-job-1&TimeStamp=2026-11-24+10%3A00%3A00";

        // eCall escapes the Windows-1252 bytes of the text: %FC is ü, %E4 is ä.
        var answer = api.sendForText(HttpRequest.POST("/api/webhook/sms-reply?key=ecall-shared-secret", body)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(rows.one("SELECT summary FROM tickets WHERE contact_phone = ?", CALLER))
                .containsEntry("summary", "Grüezi, die Heizung fällt aus");
        assertThat(rows.one("SELECT body FROM sms_log WHERE provider_id = 'ecall-job-1'"))
                .containsEntry("body", "Grüezi, die Heizung fällt aus");
    }

    @Test
    void an_ecall_delivery_notification_by_url_marks_the_sms_delivered() {
        rows.execute("INSERT INTO sms_log (id, customer_id, direction, to_number, body, provider_id, status, created_at) "
                + "SELECT gen_random_uuid(), id, 'outbound', '+41797654321', 'Test', 'ecall-4711', 'sent', now() "
                + "FROM customers WHERE slug = 'mueller'");

        var answer = api.sendForText(HttpRequest.GET("/api/webhook/sms-status?key=ecall-shared-secret"
                + "&Function=Notification&ResultCode=0&ResultText=Zugestellt&Number=0041797654321&JobID=ecall-4711"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(rows.one("SELECT delivery_status FROM sms_log WHERE provider_id = 'ecall-4711'"))
                .containsEntry("delivery_status", "delivered");
    }

    @Test
    void a_signed_twilio_status_callback_marks_the_sms_undelivered() {
        rows.execute("INSERT INTO sms_log (id, customer_id, direction, to_number, body, provider_id, status, created_at) "
                + "SELECT gen_random_uuid(), id, 'outbound', '+41797654321', 'Test', 'SM-status-1', 'sent', now() "
                + "FROM customers WHERE slug = 'mueller'");
        var fields = Map.of("MessageSid", "SM-status-1", "MessageStatus", "undelivered", "ErrorCode", "30003",
                "AccountSid", "AC00000000000000000000000000000000");

        var answer = api.sendForText(Telephony.form("/api/webhook/sms-status", fields)
                .header("X-Twilio-Signature", sign(PUBLIC_URL + "/api/webhook/sms-status", fields)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(rows.one("SELECT delivery_status, delivery_error FROM sms_log WHERE provider_id = 'SM-status-1'"))
                .containsEntry("delivery_status", "undelivered").containsEntry("delivery_error", "30003");
    }

    @Test
    void an_unsigned_status_callback_is_refused() {
        var answer = api.sendForText(Telephony.form("/api/webhook/sms-status",
                Map.of("MessageSid", "SM-x", "MessageStatus", "delivered")));

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void an_ecall_reply_without_the_key_is_refused_with_403() {
        var body = "AddressFrom=%2B41797654321&AddressTo=%2B41435009999&Message=1&JobID=ecall-job-2";

        var answer = api.sendForText(HttpRequest.POST("/api/webhook/sms-reply?key=wrong", body)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(rows.count("SELECT count(*) FROM sms_log WHERE provider_id = 'ecall-job-2'")).isZero();
    }

    @Test
    void without_the_secrets_on_a_configured_database_each_provider_is_refused_with_503_naming_its_variable() {
        try (var service = SeparateService.start(Map.of("opsfabric.allow-unsigned-webhooks", "false"))) {
            var unconfigured = service.api();
            unconfigured.provision(Map.of("name", "Keller Haustechnik", "slug", "keller", "email", "info@keller.example",
                    "sms_number", BUSINESS));

            var twilio = unconfigured.send(Telephony.form("/api/webhook/missed-call",
                    Telephony.call("CA-no-token", CALLER, BUSINESS, "no-answer")));
            var ecall = unconfigured.send(HttpRequest.POST("/api/webhook/sms-reply?key=anything",
                    "AddressFrom=%2B41797654321&AddressTo=%2B41435009999&Message=1&JobID=ecall-no-secret")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE));

            var postmark = unconfigured.send(HttpRequest.POST("/api/webhook/email?key=anything",
                    Map.of("MessageID", "pm-no-secret", "From", "anna@example.ch", "To", "keller@mail.example",
                            "Subject", "Hallo", "TextBody", "Text")));

            assertThat(postmark.status()).isEqualTo(503);
            assertThat(postmark.body()).containsEntry("error", "disabled")
                    .containsEntry("message", "Postmark webhooks are refused: EMAIL_WEBHOOK_SECRET is not set");
            assertThat(twilio.status()).isEqualTo(503);
            assertThat(twilio.body()).containsEntry("error", "disabled")
                    .containsEntry("message", "Twilio webhooks are refused: TWILIO_AUTH_TOKEN is not set");
            assertThat(ecall.status()).isEqualTo(503);
            assertThat(ecall.body()).containsEntry("error", "disabled")
                    .containsEntry("message", "eCall webhooks are refused: ECALL_WEBHOOK_SECRET is not set");
            assertThat(service.rows().count("SELECT count(*) FROM calls")).isZero();
            assertThat(service.rows().count("SELECT count(*) FROM sms_log")).isZero();
            assertThat(service.rows().count("SELECT count(*) FROM tickets")).isZero();
        }
    }

    /**
     * Every route under /api/webhook, as the router knows them (so a route added later is walked
     * too), refuses an unsigned callback: the one authenticity filter covers them all.
     */
    @TestFactory
    Stream<DynamicTest> every_webhook_route_refuses_an_unsigned_callback() {
        var routes = webhookRoutes();
        assertThat(routes).contains("POST /api/webhook/missed-call", "POST /api/webhook/sms-reply",
                "GET /api/webhook/sms-reply", "POST /api/webhook/sms-status", "GET /api/webhook/sms-status");
        return routes.stream().map(route -> DynamicTest.dynamicTest(route, () -> {
            var method = HttpMethod.valueOf(route.substring(0, route.indexOf(' ')));
            var path = route.substring(route.indexOf(' ') + 1);
            var query = "?MessageSid=SM-unsigned-" + method + "&From=%2B41797654321&To=%2B41435009999&Body=1";
            var request = switch (method) {
                case GET -> HttpRequest.GET(path + query);
                case HEAD -> HttpRequest.HEAD(path + query);
                default -> HttpRequest.create(method, path).body(Telephony.sms("SM-unsigned-" + method, CALLER,
                        BUSINESS, "1")).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
            };

            var answer = api.sendForText(request);

            assertThat(answer.status()).as(route).isEqualTo(403);
            if (method != HttpMethod.HEAD) {
                assertThat(answer.body()).as(route).contains("\"error\":\"forbidden\"");
            }
        }));
    }

    private List<String> webhookRoutes() {
        return router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/webhook"))
                .map(route -> route.getHttpMethod() + " " + route.getUriMatchTemplate())
                .distinct().sorted().toList();
    }
}
