package ch.opsfabric.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.opsfabric.application.port.in.DispatchDueEmailUseCase;
import ch.opsfabric.application.port.in.DispatchDueSmsUseCase;
import ch.opsfabric.application.port.in.EscalateOverdueUseCase;
import ch.opsfabric.testsupport.MutableClock;
import ch.opsfabric.testsupport.TestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code /prometheus} over real HTTP after real traffic: each series docs/operations.md lists has
 * the value the requests before it make, the queue gauges read the age of a due message on the
 * test's clock, and with METRICS_TOKEN set nobody without it reads them.
 */
@MicronautTest(transactional = false)
class PrometheusMetricsTest extends ServiceTest {

    private static final String METRICS_TOKEN = "test-metrics-token";
    private static final String TWILIO_TOKEN = "twilio-test-auth-token";
    private static final String PUBLIC_URL = "https://ops.example";
    private static final String BUSINESS_NUMBER = "+41435007777";
    private static final String CALLER = "+41795550011";

    @Inject
    MutableClock clock;

    @Inject
    DispatchDueSmsUseCase sms;

    @Inject
    DispatchDueEmailUseCase email;

    @Inject
    EscalateOverdueUseCase escalation;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<>(TestDatabase.freshDatabase());
        properties.put("metrics.token", METRICS_TOKEN);
        properties.put("twilio.auth-token", TWILIO_TOKEN);
        properties.put("app.base-url", PUBLIC_URL);
        // Every scrape reads the queues afresh, so each assertion sees what the steps before it did.
        properties.put("opsfabric.metrics.queue-cache", "0s");
        return properties;
    }

    @Test
    void the_scrape_shows_intake_sms_queues_sla_breaches_and_refused_webhooks() {
        var api = new Api(http);
        clock.set(TestClockFactory.START);
        api.provision(Map.of("name", "Dörfler AG", "slug", "metrics", "email", "info@doerfler.example",
                "phone", "044 443 52 00", "sms_number", BUSINESS_NUMBER, "canton", "zh"));
        assertThat(email.dispatchDue()).as("the owner's invitation from provisioning").isEqualTo(1);

        assertThat(api.postTicket(Api.wizardPost("metrics")).status()).isEqualTo(201);
        assertThat(api.postTicket(Api.wizardPost("metrics")).status()).isEqualTo(200);
        var noConsent = Api.wizardPost("metrics");
        noConsent.put("consent", false);
        assertThat(api.postTicket(noConsent).status()).isEqualTo(422);
        assertThat(api.postTicket(Api.wizardPost("no-such-business")).status()).isEqualTo(404);
        assertThat(sms.dispatchDue()).as("the wizard confirmation").isEqualTo(1);
        assertThat(email.dispatchDue()).as("the new request to the business inbox").isEqualTo(1);

        var call = Telephony.call("CA-metrics", CALLER, BUSINESS_NUMBER, "no-answer");
        assertThat(api.sendForText(signed(Telephony.form("/api/webhook/missed-call", call), call)).status())
                .isEqualTo(200);
        assertThat(api.sendForText(Telephony.form("/api/webhook/missed-call",
                Telephony.call("CA-unsigned", CALLER, BUSINESS_NUMBER, "no-answer"))).status()).isEqualTo(403);
        // The missed-call SMS is due 45 s after the call; the dispatcher has not run for two minutes since.
        clock.advance(Duration.ofSeconds(45).plusMinutes(2));

        var scrape = scrape();
        assertThat(scrape)
                .contains("opsfabric_intake_total{result=\"created\",source=\"wizard\"} 1.0")
                .contains("opsfabric_intake_total{result=\"joined\",source=\"wizard\"} 1.0")
                .contains("opsfabric_intake_total{result=\"refused\",source=\"wizard\"} 2.0")
                .contains("opsfabric_sms_sent_total{provider=\"console\",result=\"accepted\"} 1.0")
                .contains("opsfabric_queue_depth{channel=\"sms\"} 1.0")
                .contains("opsfabric_queue_oldest_due_age_seconds{channel=\"sms\"} 120.0")
                .contains("opsfabric_queue_depth{channel=\"email\"} 0.0")
                .contains("opsfabric_queue_oldest_due_age_seconds{channel=\"email\"} 0.0")
                .contains("opsfabric_webhook_refused_total{reason=\"not_authentic\"} 1.0")
                .contains("http_server_requests_seconds_count{exception=\"none\",method=\"POST\",status=\"201\","
                        + "uri=\"/api/ticket\"} 1")
                .contains("http_server_requests_seconds_count{exception=\"InvalidValue\",method=\"POST\","
                        + "status=\"422\",uri=\"/api/ticket\"} 1");

        assertThat(sms.dispatchDue()).as("the missed-call SMS").isEqualTo(1);
        var reply = Telephony.sms("SM-metrics", CALLER, BUSINESS_NUMBER, "2");
        assertThat(api.sendForText(signed(Telephony.form("/api/webhook/sms-reply", reply), reply)).status())
                .isEqualTo(200);
        assertThat(sms.dispatchDue()).as("the call-back confirmation").isEqualTo(1);
        // The wizard ticket's promised answer time (2 working hours) passes with the ticket still NEW; the
        // caller's ticket waits for a call-back, which is an answer, so it is no breach.
        clock.advance(Duration.ofHours(3));
        assertThat(escalation.escalateDue()).isEqualTo(1);

        assertThat(scrape())
                .contains("opsfabric_intake_total{result=\"created\",source=\"missed_call\"} 1.0")
                .contains("opsfabric_sms_sent_total{provider=\"console\",result=\"accepted\"} 3.0")
                .contains("opsfabric_queue_depth{channel=\"sms\"} 0.0")
                .contains("opsfabric_queue_oldest_due_age_seconds{channel=\"sms\"} 0.0")
                .contains("opsfabric_sla_breaches_total 1.0");
    }

    @Test
    void without_the_metrics_token_the_scrape_is_refused_with_401() {
        var api = new Api(http);

        assertThat(api.sendForText(HttpRequest.GET("/prometheus")).status()).isEqualTo(401);
        assertThat(api.sendForText(HttpRequest.GET("/prometheus").bearerAuth("wrong-token")).status()).isEqualTo(401);
        assertThat(api.sendForText(HttpRequest.GET("/prometheus").bearerAuth(METRICS_TOKEN)).status()).isEqualTo(200);
    }

    private String scrape() {
        var answer = new Api(http).sendForText(HttpRequest.GET("/prometheus").bearerAuth(METRICS_TOKEN));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private static MutableHttpRequest<?> signed(MutableHttpRequest<?> request, Map<String, String> fields) {
        return request.header("X-Twilio-Signature",
                TwilioSigner.sign(TWILIO_TOKEN, PUBLIC_URL + request.getPath(), fields));
    }
}
